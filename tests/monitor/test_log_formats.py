"""Reading the training logs people keep: every raw source of the held-out corpus (and the
real trainer_state.json / jsonl files in tests/data/logs) reads to exactly its corpus CSV."""

from __future__ import annotations

import bz2
import functools
import gzip
import json
import lzma
import math
import re
import shutil
import sys
import tarfile
import time
import warnings
import zipfile
from pathlib import Path

import pytest

from lossmon.server.anynet_logs import read_anynet
from lossmon.server.detectors.replay import read_run
from lossmon.server.log_formats import Log, LogError, Row, read_logs, series_of
from lossmon.server.log_pairs import join_runs
from lossmon.server.robomimic_logs import read_robomimic
from lossmon.server.tasnet_logs import read_tasnet

DATA = Path(__file__).resolve().parents[1] / "data"
HOLDOUT = DATA / "curves" / "holdout"
RAW = HOLDOUT / "raw"
LOGS = DATA / "logs"
SAMPLES = LOGS / "samples"
READER = LOGS / "reader"

# (source, which run of the file, corpus stem, format read). Custom per-epoch CSVs (f05, f09,
# g06, g13, ...) read as Keras histories whose epochs are already 1-based.
SAME = [
    (RAW / "f03_airtemp.src.csv", 1, "f03_airtemp", "lightning_csv"),
    (RAW / "f12_discharge2.src.csv", 1, "f12_discharge2", "lightning_csv"),
    (RAW / "f19_site1fall.src.csv", 1, "f19_site1fall", "lightning_csv"),
    (RAW / "f21_wsds2.src.csv", 1, "f21_wsds2", "lightning_csv"),
    (RAW / "f22_wsds5.src.csv", 1, "f22_wsds5", "lightning_csv"),
    (RAW / "f23_gpttt.src.csv", 1, "f23_gpttt", "lightning_csv"),
    (RAW / "f25_site1summer.src.csv", 1, "f25_site1summer", "lightning_csv"),
    (RAW / "g21_aos2.src.csv", 1, "g21_aos2", "lightning_csv"),
    (RAW / "g22_aos4.src.csv", 1, "g22_aos4", "lightning_csv"),
    # train_loss_epoch and train_loss_step both logged: the finer one (epochs of 7 steps).
    (RAW / "b06_oedospike.src.csv", 1, "b06_oedospike", "lightning_csv"),
    (RAW / "n12_convlstmflat.src.csv", 1, "n12_convlstmflat", "lightning_csv"),
    # BasicSR's training log: a restoration net's l_pix, a GAN generator's l_g_pix, and lr.
    (RAW / "jr01_aesrnetft.src.log", 1, "jr01_aesrnetft", "basicsr"),
    (RAW / "jr04_aesobelgan.src.log", 1, "jr04_aesobelgan", "basicsr"),
    # KAIR's line (SwinIR's trainer, in angle brackets): its G_loss total.
    (RAW / "ey04_swinirx2.src.log", 1, "ey04_swinirx2", "basicsr"),
    # gpt-2-simple's prints in a notebook's output: at the printed counter.
    (RAW / "iw07_articlegen.src.ipynb", 1, "iw07_articlegen", "gpt2_simple"),
    # The Conv-TasNet trainer's log: each loop's summary at its epoch; a resume's evaluation of
    # its checkpoint again is no new evaluation, and the epochs it runs again win.
    (RAW / "xqm02_att2128.src.log.gz", 1, "xqm02_att2128", "tasnet"),
    # DeepLabCut's learning_stats.csv: each split's total, not its body parts' or the test's.
    (RAW / "xqo01_dlcsolo.src.csv", 1, "xqo01_dlcsolo", "lightning_csv"),
    # robomimic's console: each epoch's `Loss` and lr from the object after its heading.
    (RAW / "xqv01_graspbc0.src.log", 1, "xqv01_graspbc0", "robomimic"),
    (RAW / "xqv02_graspbc1.src.txt", 1, "xqv02_graspbc1", "robomimic"),
    # A per-epoch CSV closed by a `test` row of the held-out set: the row passed over.
    (RAW / "xru01_tbpfno.src.log", 1, "xru01_tbpfno", "keras_csv"),
    # first-order-model's log.txt: the perceptual term at the epoch + 1.
    (RAW / "kx01_fomm8secz.src.txt", 1, "kx01_fomm8secz", "fomm"),
    # sketch-rnn's prints in a notebook: `cost` trained on, `valid_cost` its evaluation's.
    (RAW / "qh04_sheepinit.src.ipynb", 1, "qh04_sheepinit", "labelled"),
    # A Keras console pasted into a notebook's Markdown cell (no output holds a run).
    (RAW / "tn02_pensglass.src.ipynb", 1, "tn02_pensglass", "labelled"),
    # DeepSpeech's console: its per-utterance test report after `I FINISHED optimization`
    # and the test's own progress line is no training.
    (RAW / "iy01_dscmdvox.src.txt", 1, "iy01_dscmdvox", "labelled"),
    # simpletransformers' training_progress_scores.csv: at its global_step column.
    (RAW / "vy02_quiltmis.src.csv", 1, "vy02_quiltmis", "lightning_csv"),
    # YOLOv7's results.txt of a one-class model: its box losses.
    (RAW / "ah07_yolosoccer.src.txt", 1, "ah07_yolosoccer", "yolo_results_txt"),
    (RAW / "f05_fire.src.csv", 1, "f05_fire", "keras_csv"),
    (RAW / "f07_aflw.src.csv", 1, "f07_aflw", "keras_csv"),
    (RAW / "f09_lightnet.src.csv", 1, "f09_lightnet", "keras_csv"),
    (RAW / "f13_pneumonia.src.csv", 1, "f13_pneumonia", "keras_csv"),
    (RAW / "f15_nepali.src.csv", 1, "f15_nepali", "keras_csv"),
    (RAW / "f16_brainres.src.csv", 1, "f16_brainres", "keras_csv"),
    (RAW / "f18_charrnn.src.csv", 1, "f18_charrnn", "keras_csv"),
    # Files holding appended runs: the corpus took the second of f20's two, the first of
    # f24's four (apnea_run1.csv is h25's source already cut to its first run).
    (RAW / "f20_digits.src.csv", 2, "f20_digits", "keras_csv"),
    (RAW / "f24_ds5220.src.csv", 1, "f24_ds5220", "keras_csv"),
    (RAW / "apnea_run1.csv", 1, "h25_apnea", "keras_csv"),
    (RAW / "g02_dfake.training_log.csv", 1, "g02_dfake", "keras_csv"),
    (RAW / "g04_anna.src.csv", 1, "g04_anna", "keras_csv"),
    (RAW / "g06_charvi.src.csv", 1, "g06_charvi", "keras_csv"),
    (RAW / "g07_benoit.src.csv", 1, "g07_benoit", "keras_csv"),
    (RAW / "g08_deep25.src.csv", 1, "g08_deep25", "keras_csv"),
    (RAW / "g11_drowsy.training_log.csv", 1, "g11_drowsy", "keras_csv"),
    (RAW / "g13_dewey2.src.csv", 1, "g13_dewey2", "keras_csv"),
    (RAW / "g14_akshat.src.csv", 1, "g14_akshat", "keras_csv"),
    (RAW / "g15_dina.training_log.csv", 1, "g15_dina", "keras_csv"),
    (RAW / "g16_blood.training_log.csv", 1, "g16_blood", "keras_csv"),
    (RAW / "javanese_training_log.csv", 1, "h16_javanese", "keras_csv"),
    (RAW / "lung_training_log.csv", 1, "h24_lung", "keras_csv"),
    (RAW / "tomato_training_log.csv", 1, "h17_tomato", "keras_csv"),
    (RAW / "f06_centaur.src.txt", 1, "f06_centaur", "trainer_console"),
    (RAW / "f26_centaur01.src.txt", 1, "f26_centaur01", "trainer_console"),
    (LOGS / "g01_logrob" / "trainer_state.json", 1, "g01_logrob", "trainer_state"),
    (LOGS / "g19_polu" / "trainer_state.json", 1, "g19_polu", "trainer_state"),
    (LOGS / "h21_t5simp" / "trainer_state.json", 1, "h21_t5simp", "trainer_state"),
    (LOGS / "h01_cs336lr1" / "metrics.jsonl", 1, "h01_cs336lr1", "jsonl"),
    # LLaMA-Factory's trainer_log.jsonl (current_steps).
    (RAW / "n08_medsftof.src.jsonl", 1, "n08_medsftof", "jsonl"),
    # pandas' to_csv of a Keras history (an unnamed index column), headers with spaces, a TSV.
    (RAW / "j10_sentchrom.src.csv", 1, "j10_sentchrom", "keras_csv"),
    (RAW / "m01_maeof.src.csv", 1, "m01_maeof", "keras_csv"),
    (RAW / "m07_dinonoisy.src.csv", 1, "m07_dinonoisy", "keras_csv"),
    (RAW / "m09_cifartrain.src.csv", 1, "m09_cifartrain", "keras_csv"),
    (RAW / "i06_matteflat.src.csv", 1, "i06_matteflat", "keras_csv"),
    (RAW / "c19_shakegpt.src.log", 1, "c19_shakegpt", "lightning_csv"),
    # JSON histories: Keras' history.history, {"train": [...], "val": [...]}, nested metrics.
    (RAW / "a11_plantres.src.json", 1, "a11_plantres", "json_history"),
    (RAW / "l11_ddpmmnist.src.json", 1, "l11_ddpmmnist", "json_history"),
    (RAW / "c12_ptycho.src.json", 1, "c12_ptycho", "json_history"),
    # Lists kept per split: {"train": {"loss": [...]}, "val": {"loss": [...]}}.
    (RAW / "cc07_eeggru.src.json", 1, "cc07_eeggru", "json_history"),
    # Python dicts printed with their step ({'steps': 99, 'loss/train': 9.17}) and an
    # evaluation's without one ({'loss/eval': 5.89, 'perplexity': 362.8}), Accelerate's way.
    (RAW / "cf06_babylmconcat.src.txt", 1, "cf06_babylmconcat", "trainer_console"),
    (RAW / "cf07_babylmoverflow.src.txt", 1, "cf07_babylmoverflow", "trainer_console"),
    # A per-site column (`test/loss_BEE:LU`) is a name, not a text log's "label: value".
    (RAW / "cg09_phenonoisy.src.csv.gz", 1, "cg09_phenonoisy", "lightning_csv"),
    # Megatron-LM's golden values (the writer's trailing "nan" padding passed over) and
    # MindSpeed's baseline lists.
    (RAW / "ck03_mixtralspikes.src.json", 1, "ck03_mixtralspikes", "json_history"),
    (RAW / "ck08_bertrelease.src.json", 1, "ck08_bertrelease", "json_history"),
    (RAW / "ck11_mixtral090.src.json", 1, "ck11_mixtral090", "json_history"),
    (RAW / "ck12_msmixtral20.src.json", 1, "ck12_msmixtral20", "json_history"),
    # A console table printed with `|` (a session's rows, their time and ETA cells dropped) and
    # a model card's Training results.
    (RAW / "cn08_psilrdrop.src.txt", 2, "cn08_psilrdrop", "keras_csv"),
    (RAW / "co09_zephyrdpo.src.md", 1, "co09_zephyrdpo", "lightning_csv"),
    # MATLAB trainNetwork's verbose table pasted into a README: each name over two lines
    # (`Mini-batch` over `Loss`) between rules of `=`; the step its `Iteration`.
    (RAW / "eq01_hitszmeal.src.md", 1, "eq01_hitszmeal", "lightning_csv"),
    (RAW / "eq02_heartseg.src.md", 1, "eq02_heartseg", "lightning_csv"),
    # MATLAB trainnet's progress, a `table` in a Live Script's Markdown export: a rule of
    # underscores under each name, ValidationLoss blank where nothing was evaluated.
    (RAW / "jo01_dlnnlip.src.md", 1, "jo01_dlnnlip", "lightning_csv"),
    (RAW / "jo04_yolov4veh.src.md", 1, "jo04_yolov4veh", "lightning_csv"),
    # JSON lines appended launch after launch, each after its command line (Barlow Twins'
    # stats.txt; `lr_weights` its learning rate): one run a launch.
    (RAW / "cs06_barlowbs2.src.txt", 1, "cs06_barlowbs2", "jsonl"),
    # SAM 2's trainer: `train_stats.json`, an epoch a line, stepped by `Trainer/steps_train`,
    # its loss `Losses/train_all_loss` (its parts `..._loss_mask`, `..._loss_dice` beside it).
    (RAW / "jy01_vfmlora.src.json", 1, "jy01_vfmlora", "jsonl"),
    (RAW / "jy03_vfmbase.src.json", 1, "jy03_vfmbase", "jsonl"),
    (RAW / "cs11_barlowin.src.txt", 10, "cs11_barlowin", "jsonl"),
    # fastai 1's progress table printed as text in a notebook (beside interrupted HTML ones).
    (RAW / "cr02_camvidnanval.src.ipynb.gz", 2, "cr02_camvidnanval", "keras_csv"),
    # A Trainer log_history kept as `raw_log_history`.
    (RAW / "co01_jsondpo.src.json", 1, "co01_jsondpo", "trainer_state"),
    (RAW / "co10_jsonsft.src.json", 1, "co10_jsonsft", "trainer_state"),
    # fairseq-hydra-train's logging records.
    (RAW / "ch05_vkunfreeze.src.log", 1, "ch05_vkunfreeze", "fairseq"),
    (RAW / "ch06_vkfrozen.src.log", 1, "ch06_vkfrozen", "fairseq"),
    # Jupyter notebooks: the run a cell's outputs print, among the other cells' runs.
    (RAW / "bz01_lungct.src.ipynb.gz", 1, "bz01_lungct", "labelled"),
    (RAW / "bz02_tcbrokenval.src.ipynb.gz", 2, "bz02_tcbrokenval", "labelled"),
    (RAW / "bz03_gpt2jokes.src.ipynb", 1, "bz03_gpt2jokes", "lightning_csv"),
    (RAW / "bz04_swiftclsflat.src.ipynb.gz", 3, "bz04_swiftclsflat", "keras_csv"),
    (RAW / "bz05_keypointspiky.src.ipynb", 1, "bz05_keypointspiky", "labelled"),
    (RAW / "bz06_nodule3d.src.ipynb.gz", 7, "bz06_nodule3d", "labelled"),
    (RAW / "bz07_gtzanof.src.ipynb", 2, "bz07_gtzanof", "labelled"),
    (RAW / "bz08_chatbotintent.src.ipynb", 1, "bz08_chatbotintent", "labelled"),
    (RAW / "bz09_flant5zero.src.ipynb", 1, "bz09_flant5zero", "lightning_csv"),
    (RAW / "bz10_cassava.src.ipynb.gz", 1, "bz10_cassava", "keras_csv"),
    (RAW / "bz11_unetnoskip.src.ipynb", 1, "bz11_unetnoskip", "labelled"),
    (RAW / "bz12_lstmtextof.src.ipynb", 1, "bz12_lstmtextof", "labelled"),
    # W&B chart exports (gzip-compressed): the corpus took one run of several.
    (RAW / "l01_gptdiverge.src.csv.gz", 5, "l01_gptdiverge", "wandb_csv"),
    (RAW / "l04_flowersddpm.src.csv.gz", 1, "l04_flowersddpm", "wandb_csv"),
    (RAW / "l13_microbot.src.txt", 1, "l13_microbot", "step_loss"),
    # Ultralytics results.csv: its classification loss (0-based epochs, padded cells).
    (RAW / "p02_yolofirenoisy.src.csv", 1, "p02_yolofirenoisy", "ultralytics_csv"),
    (RAW / "p05_yolohelmet150.src.csv", 1, "p05_yolohelmet150", "ultralytics_csv"),
    (RAW / "p14_yolovalnan.src.csv.gz", 1, "p14_yolovalnan", "ultralytics_csv"),
    # Labelled values as training scripts print them.
    (RAW / "d04_cgcnn.src.txt", 1, "d04_cgcnn", "labelled"),
    (RAW / "i07_karyflat.src.txt", 1, "i07_karyflat", "labelled"),
    (RAW / "k02_painnblowup.src.md", 1, "k02_painnblowup", "labelled"),
    (RAW / "k03_painnflat.src.md", 1, "k03_painnflat", "labelled"),
    (RAW / "k06_minitorch.src.txt", 1, "k06_minitorch", "labelled"),
    (RAW / "k07_shakememo.src.md", 1, "k07_shakememo", "labelled"),
    (RAW / "k08_zhmtflat.src.txt.gz", 1, "k08_zhmtflat", "labelled"),
    (RAW / "k11_maizevalspike.src.txt", 1, "k11_maizevalspike", "labelled"),
    (RAW / "k13_bilstmseg.src.txt", 1, "k13_bilstmseg", "labelled"),
    (RAW / "n06_fp16spike.src.txt", 1, "n06_fp16spike", "labelled"),
    (RAW / "o01_mtsgdcrawl.src.log", 1, "o01_mtsgdcrawl", "labelled"),
    (RAW / "o07_fjordnoisy.src.txt", 1, "o07_fjordnoisy", "labelled"),
    (RAW / "o08_endecrawl.src.log", 1, "o08_endecrawl", "labelled"),
    (RAW / "o12_bertbatchnoisy.src.txt", 1, "o12_bertbatchnoisy", "labelled"),
    (RAW / "p07_g2pof.src.log", 1, "p07_g2pof", "labelled"),
    # `Epoch [2/3], Step [1/6574]`: a step counted within its epoch is no restart.
    (RAW / "k09_captionnoisy.src.txt.gz", 1, "k09_captionnoisy", "labelled"),
    # Runs appended to one text log: the corpus took the first of two.
    (RAW / "a12_bilstm.src.log", 1, "a12_bilstm", "labelled"),
    # A resumed nanoGPT log printing the evaluation's iterations twice: the later value.
    (RAW / "k01_solgptspike.src.txt.gz", 1, "k01_solgptspike", "nanogpt"),
    # A logger's namespace (finetuning/train_loss_epoch); two models in one JSON history.
    (RAW / "q11_ftchance.src.csv", 1, "q11_ftchance", "lightning_csv"),
    (RAW / "r01_hdfcclsflat.src.json", 2, "r01_hdfcclsflat", "json_history"),
    # JSON lines whose step counter restarts at a resume while the epochs go on.
    (RAW / "r17_nmtdistillalpha.src.jsonl", 1, "r17_nmtdistillalpha", "jsonl"),
    # detectron2's metrics.json: its total_loss at its iteration, and its lr.
    (RAW / "y01_medwastedet2.src.json", 1, "y01_medwastedet2", "jsonl"),
    (RAW / "y02_potholedet2.src.json", 1, "y02_potholedet2", "jsonl"),
    # A YOLOv5 results.csv of a one-class model (cls_loss 0 throughout): its box loss.
    (RAW / "y13_celldetyolo5.src.csv", 1, "y13_celldetyolo5", "ultralytics_csv"),
    # Losses named by their part alone (`loss_vae: 0.41; loss_recon: 0.35`): the first.
    (RAW / "y08_peptidewae.src.log", 1, "y08_peptidewae", "labelled"),
    # ...in CSV columns too: `recon_loss` beside `kld`, a GAN's `d_loss` before `g_loss`.
    (RAW / "t16_vaebetarecon.src.csv", 1, "t16_vaebetarecon", "keras_csv"),
    (RAW / "t01_cganmnistlock.src.csv.gz", 1, "t01_cganmnistlock", "lightning_csv"),
    # `Rec=0.17, KL=64.5, Total=0.82`: no loss name, the total is the loss (2nd of 2 runs).
    (RAW / "ap08_vaedenoise.src.txt", 2, "ap08_vaedenoise", "labelled"),
    # A Keras CSVLogger history whose val columns are all `NA` (missing, not NaN losses).
    (RAW / "am06_aeflat.src.csv", 1, "am06_aeflat", "keras_csv"),
    # DeePMD-kit's lcurve.out: the training batch's and the validation batches' total rmse.
    (RAW / "bx04_dpstarter.src.out", 1, "bx04_dpstarter", "deepmd_lcurve"),
    # Per-epoch records kept per split: `{"train": [{"epoch": 1, "loss": ...}], "val": [...]}`.
    (RAW / "bv06_r18isic.src.json", 1, "bv06_r18isic", "jsonl"),
    # A CSVLogger history with Keras' console output and a report pasted after its rows.
    (RAW / "bm09_cxrcnn.src.csv", 1, "bm09_cxrcnn", "keras_csv"),
    # FuxiCTR's logs (the BARS benchmark): `[Metrics] ... logloss` before `Train loss` each epoch.
    (RAW / "dh01_fibinetfrappe.src.log", 1, "dh01_fibinetfrappe", "labelled"),
    (RAW / "dh04_afnfrappeof.src.log", 1, "dh04_afnfrappeof", "labelled"),
    (RAW / "dh09_dlrmmovielens.src.log", 1, "dh09_dlrmmovielens", "labelled"),
    # PaddleClas: its `[Train][Epoch e/E][Avg]` and `[Eval][Epoch e][Avg]` lines.
    (RAW / "cp02_wastev1of.src.log.gz", 1, "cp02_wastev1of", "paddleclas"),
    (RAW / "cp03_wastecbamof.src.log.gz", 1, "cp03_wastecbamof", "paddleclas"),
    # so-vits-svc's train.log: `Train Epoch: 1 [56%]`, then its list of losses, step and lr.
    (RAW / "dd05_svcmelcat.src.log", 1, "dd05_svcmelcat", "vits"),
    # KGAT: `Epoch 9 [305.4s + 92.5s]: train==[24.35=9.99 + 13.37 + 0.97], recall=[...]`.
    (RAW / "dh03_kgatbook.src.log", 1, "dh03_kgatbook", "ngcf"),
    # `Cost after iteration 1000: 0.693`, the deep learning specialization's notebooks.
    (RAW / "cj03_zeroinit.src.ipynb", 1, "cj03_zeroinit", "labelled"),
    (RAW / "ab05_ferlr0.src.txt", 1, "ab05_ferlr0", "labelled"),
    # An RL progress.csv at its `total timesteps`: its value_loss, no validation.
    (RAW / "ap07_ppopend.src.csv", 1, "ap07_ppopend", "lightning_csv"),
    (RAW / "ap03_pposwim.src.csv", 1, "ap03_pposwim", "lightning_csv"),
    # A regression's error measures: `val_mse` beside `train_loss`, `Epoch,RMSE` alone.
    (RAW / "ai07_cminimse.src.csv", 1, "ai07_cminimse", "keras_csv"),
    (RAW / "au03_houseflat.src.csv", 1, "au03_houseflat", "keras_csv"),
    # JoeyNMT 1.x: `Batch Loss` every 100 steps, `Validation result ... loss` under the logger
    # `joeynmt.training`.
    (RAW / "cm01_joeysignfull.src.log.gz", 1, "cm01_joeysignfull", "labelled"),
    # `epoch 0  loss_t 734.3  loss_v 720.3  loss_min 9999.0`: losses suffixed by their split.
    (RAW / "bs03_aestall.src.txt", 1, "bs03_aestall", "labelled"),
    # Flair's training.log: the iteration restarts each epoch; DEV (else TEST) at its end.
    (RAW / "dp01_flairnerxlmr.src.log", 1, "dp01_flairnerxlmr", "flair"),
    (RAW / "dp03_flairtinyclf.src.log", 1, "dp03_flairtinyclf", "flair"),
    (RAW / "dp04_flairmultiling.src.txt", 1, "dp04_flairmultiling", "flair"),
    (RAW / "dp06_flairdecoder.src.log", 1, "dp06_flairdecoder", "flair"),
    # Flair's loss.tsv, its rows a field longer than its header; AllenNLP's stdout.log.
    (RAW / "dp02_flairmoodclf.src.tsv", 1, "dp02_flairmoodclf", "flair_tsv"),
    (RAW / "dp05_allenfrminer.src.log", 1, "dp05_allenfrminer", "allennlp"),
    # test-tube's metrics.csv: a row a training step, its epoch column empty but on the rows
    # that mark an epoch; `avg_val_loss` the evaluation's.
    (RAW / "di08_vaecifarklval.src.csv.gz", 1, "di08_vaecifarklval", "keras_csv"),
    (RAW / "di09_vaecifarv1.src.csv", 1, "di09_vaecifarv1", "keras_csv"),
    # The same logger with the epoch on every row, repeated on the rows of its epoch:
    # a row a training step, the evaluation's row after them.
    (RAW / "al08_exoplanet.src.csv", 1, "al08_exoplanet", "keras_csv"),
    # fastai's progress tables kept as HTML in a blog post exported from its notebook (a
    # Jekyll and a Hugo post): each table a run.
    # Trax's training loop in the NLP Specialization's notebooks: `Step N: train <loss> | X`
    # and the `eval` line of that loss (its accuracy left).
    (RAW / "vh01_sevgerc3w1.src.ipynb", 1, "vh01_sevgerc3w1", "trax"),
    (RAW / "vh02_nehasenti.src.ipynb", 1, "vh02_nehasenti", "trax"),
    (RAW / "vh03_costatrax.src.ipynb", 1, "vh03_costatrax", "trax"),
    (RAW / "zr01_tweetlm.src.md", 1, "zr01_tweetlm", "keras_csv"),
    (RAW / "zr02_tweetclas.src.md", 2, "zr02_tweetclas", "keras_csv"),
    (RAW / "jm03_smsatm1.src.md", 1, "jm03_smsatm1", "keras_csv"),
    (RAW / "bp11_lenetdigits.src.csv", 1, "bp11_lenetdigits", "keras_csv"),
    # A Ray Tune progress.csv whose `timesteps_total` is empty throughout: no step column.
    (RAW / "dn09_raytunetrial0.src.csv", 1, "dn09_raytunetrial0", "keras_csv"),
    # Darknet's console: `28: 452.600037, 471.978027 avg, 0.000000 rate, ...` between its
    # `Region` lines; the iteration's loss (not its moving average) and the rate as lr.
    (RAW / "dm03_yolotinyburn.src.log.gz", 1, "dm03_yolotinyburn", "darknet"),
    (RAW / "dm04_yolotinyresume.src.log", 1, "dm04_yolotinyresume", "darknet"),
    # MatGL's metrics.csv: `train_Total_Loss` beside `train_MAE` and `train_RMSE` (whose name
    # holds "mse"): the loss named so.
    (RAW / "dj05_megnetspike.src.csv", 1, "dj05_megnetspike", "lightning_csv"),
    (RAW / "dj06_m3gnetwaves.src.csv", 1, "dj06_m3gnetwaves", "lightning_csv"),
    # No loss printed, a regression's error measure by its split: `train_mse: x - test_mse y`.
    (RAW / "di11_vaefaceplace.src.txt", 1, "di11_vaefaceplace", "labelled"),
    # torchtitan's console in ANSI colours, under torchrun (`[rank0]:[titan] ...`): ds02 with
    # its `validate step` lines, ds03 and ds04 from the last pipeline stage (rank 7, rank 3).
    (RAW / "ds01_titan175base.src.log.gz", 1, "ds01_titan175base", "torchtitan"),
    (RAW / "ds02_titan436val.src.log", 1, "ds02_titan436val", "torchtitan"),
    (RAW / "ds03_titanppdead.src.log", 1, "ds03_titanppdead", "torchtitan"),
    (RAW / "ds04_titanppblip.src.log", 1, "ds04_titanppblip", "torchtitan"),
    # Prototypical networks' trace.txt: JSON lines keeping each split's values under its
    # name (`{"epoch": 1, "train": {"loss": .., "acc": ..}, "val": {...}}`, keys in any order).
    (RAW / "ew01_protostudy1s.src.txt", 1, "ew01_protostudy1s", "jsonl"),
    (RAW / "ew02_protoomni60w.src.txt", 1, "ew02_protoomni60w", "jsonl"),
    (RAW / "ew04_protoloewe.src.txt", 1, "ew04_protoloewe", "jsonl"),
    # Deeplearning4j's ScoreIterationListener (`Score at iteration N is X`): in a blog post's
    # markdown (eo03), in a saved stdout between generated text samples (eo04).
    (RAW / "eo03_houbblenet.src.md", 1, "eo03_houbblenet", "dl4j_score"),
    (RAW / "eo04_trekv2.src.txt", 1, "eo04_trekv2", "dl4j_score"),
    # CS231n's Solver (`(Iteration 51 / 7640) loss: 35.6 train acc: ..; val_acc: ..`): the
    # notebook's first run; the loss function's checks in an earlier cell are no run.
    (RAW / "eu02_fcnrmsprop.src.ipynb", 1, "eu02_fcnrmsprop", "labelled"),
    # dgcnn.pytorch's run.log (`Train 0, loss: X, train acc: ...` / `Test 0, loss: Y, ...`):
    # the split word and the 0-based epoch lead each line; the Test line's loss is validation.
    (RAW / "ev07_dgbench.src.log", 1, "ev07_dgbench", "labelled"),
    (RAW / "ev08_dgmugspoon.src.log", 1, "ev08_dgmugspoon", "labelled"),
    # Fast adversarial training's epoch table, tab-separated behind the logger's time, four
    # runs in one SLURM output: the robust (attacked) losses, which it trains on, each a run.
    (RAW / "fb03_rmlpgd.src.out", 1, "fb03_rmlpgd", "keras_csv"),
    (RAW / "fb04_rmlfgsm.src.out", 2, "fb04_rmlfgsm", "keras_csv"),
    (RAW / "fb05_rmlpgdmix.src.out", 3, "fb05_rmlpgdmix", "keras_csv"),
    (RAW / "fb06_rmlfgsmmix.src.out", 4, "fb06_rmlfgsmmix", "keras_csv"),
    # A tqdm bar's postfix (`..., lr=1e-7, total_loss=0.347]`), its redraws between carriage
    # returns: the first redraw at each count, up to the inf that stopped the run.
    (RAW / "et01_diffcastnan.src.log", 1, "et01_diffcastnan", "tqdm"),
    # Encog's loop (`Epoch #0 Error:0.2966...`, 0-based) in the stdout a Groovy script keeps
    # in its closing comment.
    (RAW / "eo05_encogae.src.groovy", 1, "eo05_encogae", "encog"),
    # AlignedReID's console (`Epoch: [E][i/N] ... Loss X (avg)`, an AverageMeter reset each
    # epoch, hundreds of epochs): each epoch's mean, the running mean at its last print.
    (RAW / "ey03_alignedemd.src.txt", 1, "ey03_alignedemd", "labelled"),
    (RAW / "ey07_alignedduke.src.txt", 1, "ey07_alignedduke", "labelled"),
    # ... and its test meter's (`Test: [700/750] ... Loss 1.4809 (1.2726)`): the mean over
    # the test set at the epoch's last test print, not that print's one batch.
    (RAW / "jg04_vgg19teach.src.log", 1, "jg04_vgg19teach", "labelled"),
    (RAW / "jg05_r110teach.src.log", 1, "jg05_r110teach", "labelled"),
    # Megatron-LM: `iteration 20/ 1000 | ... | lm loss: 1.21E+01 |`, evaluated as `validation
    # loss at iteration 100 | lm loss value: 8.09E+00 |` (the iteration is no value).
    (RAW / "ck01_bsgpt2warmspike.src.out", 1, "ck01_bsgpt2warmspike", "labelled"),
    # torchpack's trainer in a Colab cell whose output was cut to its last 5000 lines: the
    # epochs' `+ [loss] = X` summaries from epoch 3, numbered from the epochs started after.
    (RAW / "ep01_tqgradprune.src.ipynb", 1, "ep01_tqgradprune", "torchpack"),
    # A1111's hypernetwork_loss.csv: its `learn_rate` the lr.
    (RAW / "di04_hypernetnoise.src.csv", 1, "di04_hypernetnoise", "lightning_csv"),
    # PySlowFast's json_stats.log, launches appended (each epoch counter starting again): each
    # a run; fh03's and fh09's `"lr": 0.000` at every epoch is no lr. fh06's stdout.log: its
    # train_iter_ records behind the logging prefix, at (epoch - 1) x 316 + iter.
    (RAW / "fh01_catsblowup.src.log", 2, "fh01_catsblowup", "slowfast"),
    (RAW / "fh02_catshigh.src.log", 15, "fh02_catshigh", "slowfast"),
    (RAW / "fh03_catsflat.src.log", 25, "fh03_catsflat", "slowfast"),
    (RAW / "fh04_gaitwarm.src.log", 1, "fh04_gaitwarm", "slowfast"),
    (RAW / "fh05_v2aflat.src.log", 4, "fh05_v2aflat", "slowfast"),
    (RAW / "fh06_meccano.src.log", 2, "fh06_meccano", "slowfast"),
    (RAW / "fh07_x3d.src.log", 2, "fh07_x3d", "slowfast"),
    (RAW / "fh08_vrcslowfast.src.log", 3, "fh08_vrcslowfast", "slowfast"),
    (RAW / "fh09_catsslow.src.log", 21, "fh09_catsslow", "slowfast"),
    # HTR-Flor's `epochs.log`: Keras' CSVLogger with `;` between cells, every launch appended
    # (three of gd01's fourteen died before their first value: no runs), each a run.
    (RAW / "gd01_swflor3.src.log", 4, "gd01_swflor3", "keras_csv"),
    (RAW / "gd02_swflor7.src.log", 6, "gd02_swflor7", "keras_csv"),
    (RAW / "gd03_vuflor1.src.log", 2, "gd03_vuflor1", "keras_csv"),
    (RAW / "gd04_swflor1.src.log", 2, "gd04_swflor1", "keras_csv"),
    (RAW / "gd05_eqflor.src.log", 1, "gd05_eqflor", "keras_csv"),
    (RAW / "gd06_bbbluche.src.log", 1, "gd06_bbbluche", "keras_csv"),
    # CAS-Canglong's `train_total` / `valid_total` (the sums of the loss terms beside them;
    # no loss is named otherwise), as key=value lines and as CSV (gb05's epoch `1/500`).
    (RAW / "gb01_canglongc.src.txt", 1, "gb01_canglongc", "labelled"),
    (RAW / "gb02_canglongv24.src.csv", 1, "gb02_canglongv24", "keras_csv"),
    (RAW / "gb03_canglongft2.src.txt", 1, "gb03_canglongft2", "labelled"),
    (RAW / "gb04_canglongmse.src.txt", 1, "gb04_canglongmse", "labelled"),
    (RAW / "gb05_canglongv1.src.csv", 1, "gb05_canglongv1", "keras_csv"),
    (RAW / "gb06_canglongft3.src.txt", 1, "gb06_canglongft3", "labelled"),
    # A pKa predictor's `Epoch E | train L1 = X` / `|  val L1 = Y` (its L1 loss), launches
    # appended to one transcript, each a run.
    (RAW / "fq01_pkadepth4.src.out", 1, "fq01_pkadepth4", "labelled"),
    (RAW / "fq02_pkanan.src.out", 11, "fq02_pkanan", "labelled"),
    (RAW / "fq03_pka200.src.out", 1, "fq03_pka200", "labelled"),
    (RAW / "fq04_pka50.src.out", 13, "fq04_pka50", "labelled"),
    # A PPO trainer's metrics.jsonl at its `update` (checkpoint records passed over): the
    # critic's value_loss (fv03, the same file, took its bc_loss).
    (RAW / "fv02_pacvaljump.src.jsonl", 1, "fv02_pacvaljump", "jsonl"),
    (RAW / "fv04_pacvalspike.src.jsonl", 1, "fv04_pacvalspike", "jsonl"),
    # `Batch N/312500 | Loss: X`: the batch counter with its total is the step.
    (RAW / "fg04_posetiny.src.log", 1, "fg04_posetiny", "labelled"),
    (RAW / "ey02_marsbs1.src.txt", 1, "ey02_marsbs1", "labelled"),
    # DonkeyCar's models/database.json: a record a trained pilot, its Keras history under
    # `History`; the corpus took the record its notes name (0-based there).
    (RAW / "gi01_avineeshdiv.src.json", 2, "gi01_avineeshdiv", "json_history"),
    (RAW / "gi02_avineeshspk.src.json", 1, "gi02_avineeshspk", "json_history"),
    (RAW / "gi03_antoniostall.src.json", 7, "gi03_antoniostall", "json_history"),
    (RAW / "gi04_tdchenrnn.src.json", 4, "gi04_tdchenrnn", "json_history"),
    (RAW / "gi05_tdchen3d.src.json", 25, "gi05_tdchen3d", "json_history"),
    (RAW / "gi06_sugasinnoise.src.json", 26, "gi06_sugasinnoise", "json_history"),
    (RAW / "gi07_chenyenrurgbd.src.json", 1, "gi07_chenyenrurgbd", "json_history"),
    # ms-swift's logging.jsonl: each record's step in `global_step/max_steps` ("10/438"), its
    # closing summary (a Trainer state's copy, counted in `global_step`) passed over.
    (RAW / "hr02_deepclima.src.jsonl", 1, "hr02_deepclima", "jsonl"),
    # `[pretrain] epoch 1/40  train=35.0026  heldout=26.8717`: the splits' words alone.
    (RAW / "hr06_lorcana.src.log", 1, "hr06_lorcana", "labelled"),
    # A training report's one history, nested under `training.history` beside its settings.
    (RAW / "hk01_cifakecnn.src.json", 1, "hk01_cifakecnn", "json_history"),
    # ST-GCN's console and its forks': `Mean test loss of 63 batches: 4.40.` is the loss, not
    # the count of batches it is the mean of.
    (RAW / "hx02_tegcnuav.src.txt.gz", 1, "hx02_tegcnuav", "labelled"),
    # A Keras GAN's `gen_loss` beside `val_gen_loss`: the training twin of the validation loss.
    (RAW / "ht01_qpogan1.src.csv", 1, "ht01_qpogan1", "keras_csv"),
    (RAW / "ht03_qpogan7.src.csv", 1, "ht03_qpogan7", "keras_csv"),
    # `print(history.history)` saved as the log: a Python dict literal, single quotes.
    (RAW / "hy04_posekeras.src.txt", 1, "hy04_posekeras", "json_history"),
    (RAW / "gi08_ccloudstep.src.json", 1, "gi08_ccloudstep", "json_history"),
    (RAW / "gi09_framezhizya1.src.json", 4, "gi09_framezhizya1", "json_history"),
    # pytorch-metric-learning's record-keeper loss_histories.csv, five runs' rows interleaved
    # in blocks: the first two chains of rising `~iteration~`.
    (RAW / "gm01_snaptriplet.src.csv", 1, "gm01_snaptriplet", "lightning_csv"),
    (RAW / "gm02_snapms.src.csv", 2, "gm02_snapms", "lightning_csv"),
    # A project's train_loss_curves.json: one list of step records per model, each a run.
    (RAW / "wo07_ld4lgae.src.json", 1, "wo07_ld4lgae", "jsonl"),
    (RAW / "wo03_ld4lgdiff.src.json", 2, "wo03_ld4lgdiff", "jsonl"),
    (RAW / "wo04_dplm.src.json", 3, "wo04_dplm", "jsonl"),
    # `train_loss: 0.815, train_acc: 66.555` and `dev_loss: 0.885, dev_acc: 67.371` an epoch.
    (RAW / "wk04_maorfinal.src.log", 1, "wk04_maorfinal", "labelled"),
    # An audio-visual scene baseline's `| training loss 1.65 |` and `| cv loss 1.20 |` lines: the
    # cross-validation split is its validation (the file holds the run twice).
    (RAW / "ue05_avscvideo.src.log", 1, "ue05_avscvideo", "labelled"),
    # The CS224N SQuAD starter's log.txt: `Dev NLL: 03.14, ...` at its `Evaluating at step N`.
    (RAW / "gz02_sqwordchar.src.txt", 1, "gz02_sqwordchar", "labelled"),
    (RAW / "gz03_sqdrop01res.src.txt", 1, "gz03_sqdrop01res", "labelled"),
    (RAW / "gz04_sqiidbase.src.txt", 1, "gz04_sqiidbase", "labelled"),
    (RAW / "gz05_sqdrqa.src.txt", 1, "gz05_sqdrqa", "labelled"),
    (RAW / "gz06_sqcqexact.src.txt", 1, "gz06_sqcqexact", "labelled"),
    # MMGR's (BLIP-style) log.txt, launches appended, each from epoch 0: the launch the notes
    # name, on the loss chosen over the whole file (`train_loss_lm`).
    (RAW / "gq02_mmgrcreep.src.txt", 65, "gq02_mmgrcreep", "jsonl"),
    (RAW / "gq04_mmgrjump.src.txt", 38, "gq04_mmgrjump", "jsonl"),
    (RAW / "gq05_mmgrsaw.src.txt", 69, "gq05_mmgrsaw", "jsonl"),
    (RAW / "gq06_mmgruturn.src.txt", 57, "gq06_mmgruturn", "jsonl"),
    # MAE's log.txt, the same: gu07's launch after a one-epoch launch (its epoch 0 again, the
    # later value kept); cl02's run before its appended resume from epoch 561.
    (RAW / "gu02_maeflat.src.txt", 4, "gu02_maeflat", "jsonl"),
    (RAW / "gu07_maevitl.src.txt", 1, "gu07_maevitl", "jsonl"),
    (RAW / "cl02_maepretrain.src.txt", 1, "cl02_maepretrain", "jsonl"),
    # Graph WaveNet: `Iter: NNN, Train Loss` batches under `Epoch: NNN, Train Loss, Valid Loss`.
    (RAW / "gx02_gwnbay.src.txt", 1, "gx02_gwnbay", "labelled"),
    # Keras 3 in a notebook: a callback's valueless predict() bar before each epoch's bar.
    (RAW / "gs01_kerasnerf.src.ipynb.gz", 1, "gs01_kerasnerf", "labelled"),
    # sentdex's model.log: launches told apart by their name (aborted starts before the run).
    (RAW / "lr01_owlgtsrb.src.log", 5, "lr01_owlgtsrb", "sentdex_model_log"),
    (RAW / "lr02_ruparnacats.src.log", 3, "lr02_ruparnacats", "sentdex_model_log"),
    (RAW / "lr03_jorgetumor.src.log", 4, "lr03_jorgetumor", "sentdex_model_log"),
    (RAW / "lr05_bozhcats.src.log", 3, "lr05_bozhcats", "sentdex_model_log"),
    # network2.py's monitor prints, a learner's `--` before each cost line.
    (RAW / "lp01_digits.src.txt", 1, "lp01_digits", "network2"),
    # Spinning Up's progress.txt: the Q or value loss (not the policy's surrogate `LossPi`) at
    # the environment steps (`TotalEnvInteracts`, `total-env-interacts`, `Time Steps`).
    (RAW / "mn01_vd3q.src.txt", 1, "mn01_vd3q", "lightning_csv"),
    (RAW / "mn02_hcddpgq.src.txt", 1, "mn02_hcddpgq", "lightning_csv"),
    (RAW / "mn03_ppov.src.txt", 1, "mn03_ppov", "lightning_csv"),
    (RAW / "mn04_trpohopv.src.txt", 1, "mn04_trpohopv", "lightning_csv"),
    (RAW / "mn07_vpgv.src.txt", 1, "mn07_vpgv", "lightning_csv"),
    # StyleGAN2-ADA's stats.jsonl (training_stats): the generator's loss at each tick.
    (RAW / "mo01_spritegan.src.jsonl", 1, "mo01_spritegan", "training_stats"),
    (RAW / "mo02_phytogan.src.jsonl.gz", 1, "mo02_phytogan", "training_stats"),
    # TensorFlow's speech_commands train.py in an IDLE transcript: `cross entropy` its loss.
    (RAW / "mt01_kwscrnn.src.py", 1, "mt01_kwscrnn", "labelled"),
    # retrain.py (TensorFlow for Poets) consoles, collected after its reader was written.
    (RAW / "mv01_kejaretrain4k.src.py", 1, "mv01_kejaretrain4k", "labelled"),
    (RAW / "mv02_kejaretrain500.src.md", 1, "mv02_kejaretrain500", "labelled"),
    # A Neptune export of 92 runs, each row naming its run in `id`, its epoch in `x`.
    (RAW / "mu02_pcamr34.src.csv", 4, "mu02_pcamr34", "keras_csv"),
    (RAW / "mu03_pcamr152spk.src.csv", 16, "mu03_pcamr152spk", "keras_csv"),
    (RAW / "mu05_pcamvgg11.src.csv", 2, "mu05_pcamvgg11", "keras_csv"),
    (RAW / "mu07_pcamr152b.src.csv", 18, "mu07_pcamr152b", "keras_csv"),
    # Ultralytics pose models' results.csv: the keypoint loss (`pose_loss`), their task's.
    (RAW / "ni03_handpose.src.csv", 1, "ni03_handpose", "ultralytics_csv"),
    (RAW / "ni05_kpwarmup.src.csv", 1, "ni05_kpwarmup", "ultralytics_csv"),
    (RAW / "ni06_cleanjerk.src.csv", 1, "ni06_cleanjerk", "ultralytics_csv"),
    (RAW / "ni07_fallpose.src.csv", 1, "ni07_fallpose", "ultralytics_csv"),
    # Keras Tuner trial.json files (AutoKeras 1.0's, which kept every epoch's observation).
    (RAW / "my01_akregflat.src.json", 1, "my01_akregflat", "keras_tuner_trial"),
    (RAW / "my02_akclsstuck.src.json", 1, "my02_akclsstuck", "keras_tuner_trial"),
    (RAW / "my03_akregovf.src.json", 1, "my03_akregovf", "keras_tuner_trial"),
    (RAW / "my04_akreglr01.src.json", 1, "my04_akreglr01", "keras_tuner_trial"),
    (RAW / "my05_akregovf2.src.json", 1, "my05_akregovf2", "keras_tuner_trial"),
    (RAW / "my06_akregslow.src.json", 1, "my06_akregslow", "keras_tuner_trial"),
    (RAW / "my07_skovf.src.json", 1, "my07_skovf", "keras_tuner_trial"),
    (RAW / "my08_akclsnoisy.src.json", 1, "my08_akclsnoisy", "keras_tuner_trial"),
    (RAW / "my09_akclsgap.src.json", 1, "my09_akclsgap", "keras_tuner_trial"),
    (RAW / "my10_skhealthy.src.json", 1, "my10_skhealthy", "keras_tuner_trial"),
    # makemore's `  10000/ 200000: 2.2118` prints in learners' notebooks (xx02: the first of two).
    (RAW / "xx01_mkninja.src.ipynb", 1, "xx01_mkninja", "makemore"),
    (RAW / "xx02_mkbnout.src.ipynb", 1, "xx02_mkbnout", "makemore"),
    (RAW / "xx05_ipalrnn.src.ipynb.gz", 1, "xx05_ipalrnn", "makemore"),
    # Records kept per split with nothing counting them (`{"train": [{"loss": ...}], "val":
    # [...]}`): a record an epoch; a part's total evaluated is `val_total` beside `total`.
    (RAW / "xwr03_flowers.src.json", 1, "xwr03_flowers", "jsonl"),
    (RAW / "xvx07_rgbdpose.src.json", 1, "xvx07_rgbdpose", "jsonl"),
    # `Training: 4.52` over `Validation: 4.36` under `Epoch: 0`, and torch's ReduceLROnPlateau
    # notice (`Epoch    50: reducing learning rate ...`) between them numbering no epoch.
    (RAW / "xxh06_crazyexp.src.log", 1, "xxh06_crazyexp", "labelled"),
    # Records of epochs keeping validation's values under `val_metrics` (`{"epoch": 1,
    # "train_loss": .., "train_metrics": {..}, "val_metrics": {"loss": .., ..}}`).
    (RAW / "yam01_hlcstage1.src.json", 1, "yam01_hlcstage1", "jsonl"),
    (RAW / "yam03_hlcroot.src.json", 1, "yam03_hlcroot", "jsonl"),
    # tfoptflow's `Iter N [Train]: loss=..., sec/step=1.723, ...`: the rate's unit is no step
    # counter (each line had been cut into runs at `step=1`).
    (RAW / "yhh01_pwclgcyc.src.ipynb", 1, "yhh01_pwclgcyc", "labelled"),
    (RAW / "yhh02_pwclgms.src.ipynb", 1, "yhh02_pwclgms", "labelled"),
    (RAW / "yhh07_pwchd1kft.src.ipynb", 1, "yhh07_pwchd1kft", "labelled"),
    # OpenAI logger's key-value tables (DiffuSeq's console): `loss` each training table, the
    # `eval_loss` table after it at its step, a step printed `2.01e+04` restored.
    (RAW / "ygy01_popmusic.src.out.gz", 1, "ygy01_popmusic", "lightning_csv"),
    (RAW / "ygy02_flowfreeze.src.out", 1, "ygy02_flowfreeze", "lightning_csv"),
    # rl-starter-files' `log.csv`: its header written again before each of a run's first
    # rows, `frames` the environment steps, the critic's `value_loss` the loss.
    (RAW / "yhp02_diospike.src.csv", 1, "yhp02_diospike", "lightning_csv"),
    (RAW / "yhp04_gotodoor.src.csv", 1, "yhp04_gotodoor", "lightning_csv"),
    (RAW / "yhp07_doorkey.src.csv", 1, "yhp07_doorkey", "lightning_csv"),
    # Open-GroundingDino's `log.txt`: DETR's per-epoch `train_`/`test_` stats without their
    # epoch, a record an epoch.
    (RAW / "yjs01_quick20.src.txt", 1, "yjs01_quick20", "jsonl"),
    (RAW / "yjs04_warmrestart.src.txt", 1, "yjs04_warmrestart", "jsonl"),
    # SAM 2's `train_stats.json` written by a fork without its `Trainer/` counters: only
    # `Losses/train_all_loss`, a record an epoch.
    (RAW / "yki01_msori1.src.json", 1, "yki01_msori1", "jsonl"),
    (RAW / "yki04_msaesatg.src.json", 1, "yki04_msaesatg", "jsonl"),
    # A sweep agent's console: the run's settings printed as a dict naming its loss function
    # (`'loss': 'nse_loss'`), then `Epoch N/M | Train Loss: X | Val Loss: Y`: no Trainer console.
    (RAW / "ykc01_blwkhn.src.out", 1, "ykc01_blwkhn", "labelled"),
    # fastai 0.7's table printed in a notebook (`epoch trn_loss val_loss accuracy`, epochs from
    # 0): `trn_loss` its training loss.
    (RAW / "ykx04_lcdscratch.src.ipynb", 1, "ykx04_lcdscratch", "keras_csv"),
    # segmentation_models_pytorch's epoch bars in a notebook (`Epoch: 1`, then `train: 100%|..|
    # 20/20 [.., dice_loss - 0.7864, Accuracy - 0.4075]` and `valid: ...`): `label - value`.
    (RAW / "ylq01_jwunet.src.ipynb.gz", 1, "ylq01_jwunet", "labelled"),
    (RAW / "ylq02_jwdlv3.src.ipynb.gz", 2, "ylq02_jwdlv3", "labelled"),
    # `Epoch - 01` above `Train Loss - 1.1061 | Train Acc - 0.3198` and `Valid loss - ...`.
    (RAW / "xvh01_cnnsigmoid.src.ipynb.gz", 4, "xvh01_cnnsigmoid", "labelled"),
    (RAW / "xvh04_cnnrelu.src.ipynb.gz", 2, "xvh04_cnnrelu", "labelled"),
    # GIGN's logger (`epoch-13, train_loss-2.8911, train_rmse-1.7003, valid_rmse-1.7445`), as
    # MGraphDTA's and their forks': `label-value`, epochs from 0.
    (RAW / "ylu01_gnndtirep2.src.log", 1, "ylu01_gnndtirep2", "labelled"),
    (RAW / "ylu04_egnnrep0.src.log", 1, "ylu04_egnnrep0", "labelled"),
    # The Kaggle notebooks' template: `Epoch 1 - avg_train_loss: 0.5456  avg_val_loss: 0.5430
    # val_score: 0.7686 time: 18s`, four Optuna trials in one cell.
    (RAW / "ymd03_riiidmlp0.src.ipynb", 1, "ymd03_riiidmlp0", "labelled"),
    (RAW / "ymd04_riiidmlp3.src.ipynb", 4, "ymd04_riiidmlp3", "labelled"),
    (RAW / "ymd06_riiidtrf.src.ipynb", 1, "ymd06_riiidtrf", "labelled"),
    # A mean's word before the split (`Mean training loss: 18.0.` beside `Batch(200/1417) done.
    # Loss: 19.2`; `Average Training Loss` beside `Avg Batch Loss`): the epoch's mean is the
    # run's training loss.
    (RAW / "gk08_slrphx.src.txt", 1, "gk08_slrphx", "labelled"),
    (RAW / "yko07_tplr1e4.src.err", 1, "yko07_tplr1e4", "labelled"),
    # A modded-nanogpt log printing its code: `(step - 10) + 1` there numbers no step.
    (RAW / "nv01_trlong32k.src.txt", 1, "nv01_trlong32k", "labelled"),
    # A per-epoch CSV naming its validation by the NLP word: `epoch,train_loss,dev_loss,...`.
    (RAW / "ymz01_rnnfoopt.src.csv", 1, "ymz01_rnnfoopt", "keras_csv"),
    # A step CSV whose header is written twice before its rows (a logger's at each launch).
    (RAW / "ymz04_drsft.src.csv", 1, "ymz04_drsft", "lightning_csv"),
    # A loss printed as `Loss (train/val): 0.92/0.68`, and a time after `this epoch` among
    # the counters.
    (RAW / "yoj01_streetseg.src.log", 1, "yoj01_streetseg", "labelled"),
    (RAW / "yon01_lunacmbase.src.log", 1, "yon01_lunacmbase", "labelled"),
    # MATLAB Live Scripts (.mlx): trainNetwork's verbose table among the saved outputs.
    (RAW / "zdx01_alexnet.src.mlx", 1, "zdx01_alexnet", "lightning_csv"),
    (RAW / "zdx02_resnet18.src.mlx", 1, "zdx02_resnet18", "lightning_csv"),
    # TensorBoard event files: PyTorch's SummaryWriter (zax01), Lightning's TensorBoardLogger
    # (zbj, its train_loss_epoch where an epoch is shorter than log_every_n_steps: zbj03), TF's
    # Trainer writing tensors (zbh02).
    *[
        (next(RAW.glob(f"{stem}.src.events.out.tfevents.*")), 1, stem, "tensorboard_events")
        for stem in ("zax01_mnistsum", "zbh02_tfdistilimdb", "zbj01_lbaedigits", "zbj02_lbaez8",
                     "zbj03_kanforecast", "zbj04_lbaez60", "zbj05_lbaez64", "zbj06_kanshort")
    ],  # fmt: skip
]


def comparable(rows: list[Row]) -> list[tuple[int, str, dict[str, float | str]]]:
    """Rows with NaN written "nan", so that equal logs compare equal."""
    return [
        (step, split, {k: "nan" if math.isnan(v) else v for k, v in values.items()})
        for step, split, values in rows
    ]


@pytest.mark.parametrize(("source", "run", "stem", "kind"), SAME, ids=[s[2] for s in SAME])
def test_a_raw_source_reads_to_exactly_its_corpus_rows(
    source: Path, run: int, stem: str, kind: str
) -> None:
    log = read_logs(source)[run - 1]
    assert log.kind == kind
    rows, corpus = log.rows, read_run(HOLDOUT / f"{stem}.csv")
    if kind == "labelled":
        # A printed lr (per batch in k08, per epoch in d04) was not always kept in the corpus,
        # and a printed perplexity (k09) is kept there but not read.
        rows, corpus = (
            [(s, split, {"loss": v["loss"]}) for s, split, v in x if split != "lr"]
            for x in (rows, corpus)
        )
    assert comparable(rows) == comparable(corpus)


def test_records_keeping_their_values_under_a_key_of_their_own_are_read() -> None:
    """xzx03's checkpoint list: a record an epoch, `{"epoch": 1, "path": "...pt", "metrics":
    {"train_loss": .., "val_loss": .., "learning_rate": ..}}`; a name the record has beside
    its epoch keeps its own value (Keras' `logs` under an epoch's record)."""
    [log] = read_logs(RAW / "xzx03_caption.src.json")
    corpus = read_run(HOLDOUT / "xzx03_caption.csv")
    for split in ("train", "val"):
        read = [(s, v["loss"]) for s, sp, v in log.rows if sp == split]
        assert read == [(s, v["loss"]) for s, sp, v in corpus if sp == split]
        assert len(read) == 8
    assert log.columns == {"train": "train_loss", "val": "val_loss", "lr": "learning_rate"}


def test_a_value_beside_the_epoch_wins_over_the_same_name_under_logs(tmp_path: Path) -> None:
    [log] = read_text(
        tmp_path,
        '[{"epoch": 1, "loss": 0.9, "logs": {"loss": 5.0, "val_loss": 1.1}},'
        ' {"epoch": 2, "loss": 0.7, "logs": {"loss": 5.0, "val_loss": 1.0}}]',
    )
    assert [(s, sp, v["loss"]) for s, sp, v in log.rows] == [
        (1, "train", 0.9),
        (1, "val", 1.1),
        (2, "train", 0.7),
        (2, "val", 1.0),
    ]
    # Beside the record's own loss, a training loss under `metrics` is no rival to it, and a
    # counter under `logs` numbers nothing: the record's epoch does.
    [log] = read_text(
        tmp_path,
        '{"step": 1, "train_loss": 0.9, "metrics": {"loss": 5.0}}\n'
        '{"step": 2, "train_loss": 0.8, "metrics": {"loss": 4.0}}\n',
    )
    assert log.rows == [(1, "train", {"loss": 0.9}), (2, "train", {"loss": 0.8})]
    [log] = read_text(
        tmp_path,
        '{"epoch": 1, "loss": 0.9, "logs": {"iter": 50}}\n'
        '{"epoch": 2, "loss": 0.8, "logs": {"iter": 50}}\n',
    )
    assert log.rows == [(1, "train", {"loss": 0.9}), (2, "train", {"loss": 0.8})]


def test_a_cut_corpus_file_matches_the_source_up_to_its_cut() -> None:
    """f11's corpus drops the source's post-training validation row (step 8595)."""
    [log] = read_logs(RAW / "f11_cvimg.src.csv")
    assert log.rows[-1] == (8595, "val", {"loss": 0.01422041654586792})
    assert log.rows[:-1] == read_run(HOLDOUT / "f11_cvimg.csv")


def test_appended_runs_are_told_apart() -> None:
    logs = read_logs(RAW / "f24_ds5220.src.csv")
    assert [log.part for log in logs] == [
        "run 1 of 4 (lines 2-21)",
        "run 2 of 4 (lines 22-41)",
        "run 3 of 4 (lines 42-61)",
        "run 4 of 4 (lines 62-81)",
    ]
    assert all(log.points("train") == 20 and log.rows[0][0] == 1 for log in logs)


def test_a_row_left_by_an_earlier_launch_is_a_run_apart_not_a_step(tmp_path: Path) -> None:
    """ci09's results.csv: one epoch-1 row of a one-epoch launch before the run's own epoch 1
    (an epoch repeated once is a new launch; repeated on most epochs, rows of steps)."""
    logs = read_logs(RAW / "ci09_yolobuild.src.csv")
    assert [log.points("train") for log in logs] == [1, 702]
    steps = tmp_path / "metrics.csv"
    steps.write_text("train_loss,epoch,val_loss\n0.9,0,\n0.8,0,\n,0,0.85\n0.7,1,\n0.6,1,\n,1,0.8\n")
    [log] = read_logs(steps)
    assert log.rows == [
        (1, "train", {"loss": 0.9}),
        (2, "train", {"loss": 0.8}),
        (2, "val", {"loss": 0.85}),
        (3, "train", {"loss": 0.7}),
        (4, "train", {"loss": 0.6}),
        (4, "val", {"loss": 0.8}),
    ]


def test_trax_prints_are_a_run_a_training_call(tmp_path: Path) -> None:
    """Trax's loop: the training loss and the evaluation of that same loss at each printed
    step (an accuracy, or an evaluation printed before its step's training line, left); a
    model trained again from step 1 is another run."""
    log = tmp_path / "train.log"
    log.write_text(
        "Step      1: Total number of trainable weights: 2327042\n"
        "Step      1: Ran 1 train steps in 0.74 secs\n"
        "Step      1: train CrossEntropyLoss |  0.69147205\n"
        "Step      1: eval  CrossEntropyLoss |  0.69827205\n"
        "Step      1: eval          Accuracy |  0.43750000\n"
        "Step     10: eval  CrossEntropyLoss |  0.5\n"
        "Step     10: train CrossEntropyLoss |  0.63978845\n"
        "Step     10: eval          Accuracy |  1.00000000\n"
        "Step      1: train CrossEntropyLoss |  0.70\n"
        "Step      1: eval  CrossEntropyLoss |  0.71\n"
    )
    first, second = read_logs(log)
    assert first.kind == "trax" and first.part == "run 1 of 2 (lines 3-7)"
    assert first.rows == [
        (1, "train", {"loss": 0.69147205}),
        (1, "val", {"loss": 0.69827205}),
        (10, "train", {"loss": 0.63978845}),
    ]
    assert second.rows == [(1, "train", {"loss": 0.7}), (1, "val", {"loss": 0.71})]


def test_basicsr_logs_read_the_watched_loss_at_each_iteration(tmp_path: Path) -> None:
    """BasicSR's line (its eta and timing in brackets, iterations with separators): a GAN's
    generator pixel loss, not its discriminator's (a line holding only that is passed over);
    a print repeated is kept once, a resume goes on in the run, a launch from the start is
    another run."""
    log = tmp_path / "train_RealESRGANx4plus_20250515_090538.log"
    head = "2025-05-15 09:08:40,345 INFO: [train_Re][epoch:  0, iter: {}, lr:(1.000e-04,1.0e-04,)]"
    eta = " [eta: 1 day, 6:49:28, time (data): 1.822 (0.457)] "
    log.write_text(
        "2025-05-15 09:05:38,120 INFO: Start training from epoch: 0, iter: 0\n"
        + head.format("    100")
        + eta
        + "l_d_real: 6.9e-01 out_d_real: 1.2e-02\n"
        + head.format("    200")
        + eta
        + "l_g_pix: 4.3176e-02 l_g_gan: 9.2e-02 l_d_real: 6.9e-01\n"
        + head.format("    200")
        + eta
        + "l_g_pix: 4.3176e-02 l_g_gan: 9.2e-02 l_d_real: 6.9e-01\n"
        + "2025-05-15 09:09:01,002 INFO: Validation validation\n\t # psnr: 25.8912\n"
        + head.format("  1,200")
        + eta
        + "l_g_pix: 4.1e-02 l_g_gan: 9.0e-02\n"
        + "2025-05-15 10:00:00,000 INFO: Resuming training from epoch: 0, iter: 1000.\n"
        + head.format("  1,100")
        + eta
        + "l_g_pix: 4.0e-02 l_g_gan: 9.0e-02\n"
        + head.format("    100")
        + eta
        + "l_g_pix: 9.0e-02\n"
    )
    first, second = read_logs(log)
    assert first.kind == "basicsr" and first.part == "run 1 of 2 (lines 3-9)"
    assert first.columns == {"train": "l_g_pix", "lr": "lr"}
    assert first.rows == [
        (200, "train", {"loss": 0.043176}), (200, "lr", {"lr": 1e-4}),
        (1100, "train", {"loss": 0.04}), (1100, "lr", {"lr": 1e-4}),
    ]  # fmt: skip
    assert second.rows == [(100, "train", {"loss": 0.09}), (100, "lr", {"lr": 1e-4})]


def test_basicsr_older_lines_read_the_total_and_others_are_left(tmp_path: Path) -> None:
    """ESRGAN's and KAIR's line in angle brackets: the total where one is printed; a line of
    the same words whose lr is no number, or a script's own `[epoch: e, iter: i, lr: x]`,
    is no BasicSR line; a long line is read in linear time."""
    log = tmp_path / "train.log"
    log.write_text(
        "19-01-08 10:00:00.000 - INFO: <epoch:  0, iter:     100, lr:2.000e-04> l_pix: 2.1e-02 "
        "l_total: 3.5e-02\n"
        "19-01-08 10:01:00.000 - INFO: <epoch:  0, iter:     200, lr:2.000e-04> l_pix: 2.0e-02 "
        "l_total: 3.3e-02\n"
    )
    [log_read] = read_logs(log)
    assert log_read.columns == {"train": "l_total", "lr": "lr"}
    assert [r for r in log_read.rows if r[1] == "train"] == [
        (100, "train", {"loss": 0.035}), (200, "train", {"loss": 0.033}),
    ]  # fmt: skip
    for lr in ("[0.001]", "None"):
        log.write_text("".join(
            f"[epoch: 1, iter: {i}00, lr: {lr}] loss: 0.{9 - i}\n" for i in range(1, 6)
        ))  # fmt: skip
        assert read_logs(log)[0].kind == "labelled"
    log.write_text("".join(
        f"[epoch: {e}, iter: {i * 50}, lr: 0.001] loss: {1 - e / 10 - i / 100}\n"
        for e in range(3) for i in range(1, 4)
    ))  # fmt: skip
    assert read_logs(log)[0].kind == "labelled"
    log.write_text("[epoch: 0, iter: 1, lr:(1e-4,)] " + "a" * 100_000 + "\n" +
                   "[epoch: 0, iter: 1, lr: 1 " * 4000 + "\n")  # fmt: skip
    started = time.perf_counter()
    with pytest.raises(LogError):
        read_logs(log)
    assert time.perf_counter() - started < 2.0


def test_gpt2_simple_prints_are_the_minibatch_loss_at_the_counter(tmp_path: Path) -> None:
    """gpt-2-simple: the minibatch's `loss` at the printed counter (its running `avg` and the
    samples between left); a print repeated is kept once; a fine-tune started again from
    counter 1 is another run."""
    log = tmp_path / "finetune.txt"
    log.write_text(
        "Loading dataset...\n"
        "dataset has 114733 tokens\n"
        "Training...\n"
        "[10 | 28.01] loss=3.25 avg=3.25\n"
        "[10 | 28.01] loss=3.25 avg=3.25\n"
        "[20 | 52.34] loss=2.91 avg=3.08\n"
        "======== SAMPLE 1 ========\n"
        " the loss=1.0 in a sample is no print\n"
        "[30 | 90.10] loss=3.40 avg=3.19\n"
        "[1 | 7.68] loss=3.12 avg=3.12\n"
    )
    first, second = read_logs(log)
    assert first.kind == "gpt2_simple" and first.part == "run 1 of 2 (lines 4-9)"
    assert first.rows == [
        (10, "train", {"loss": 3.25}), (20, "train", {"loss": 2.91}),
        (30, "train", {"loss": 3.4}),
    ]  # fmt: skip
    assert second.rows == [(1, "train", {"loss": 3.12})]


def test_edsr_logs_read_each_epochs_last_running_mean_at_its_epoch(tmp_path: Path) -> None:
    """EDSR-PyTorch's log.txt: the batch lines' running mean starts again each epoch, so an
    epoch's point is its last print (`Total` of several losses) with the epoch's lr; a log
    counting from epoch 0 steps from 1; a batch line without a loss is passed over; a resume
    goes on in the run, a launch from the start is another run."""
    log = tmp_path / "log.txt"
    log.write_text(
        "EDSR(\n  (head): Sequential(\n)\n"
        "[Epoch 0]\tLearning rate: 1.00e-4\n"
        "[1600/16000]\t[L1: 14.4012][VGG54: 2.1][Total: 16.5012]\t12.9+0.3s\n"
        "[16000/16000]\t[L1: 6.2701][VGG54: 1.9][Total: 8.1701]\t12.8+0.2s\n"
        "[16000/16000]\t[Time: 12s]\t12.8+0.2s\n"
        "Evaluation:\n[DIV2K x2]\tPSNR: 33.297 (Best: 33.297 @epoch 1)\n"
        "[Epoch 1]\tLearning rate: 5.00e-5\n"
        "[1600/16000]\t[L1: 4.5712][VGG54: 1.5][Total: 6.0712]\t12.9+0.3s\n"
        "[Epoch 2]\tLearning rate: 5.00e-5\n"
        "[1600/16000]\t[L1: 4.4][VGG54: 1.5][Total: 5.9]\t12.9+0.3s\n"
        "[Epoch 1]\tLearning rate: 5.00e-5\n"
        "[1600/16000]\t[L1: 4.3][VGG54: 1.5][Total: 5.8]\t12.9+0.3s\n"
        "[Epoch 0]\tLearning rate: 5.00e-4\n"
        "[1600/16000]\t[L1: 9.1][VGG54: 1.5][Total: 10.6]\t12.9+0.3s\n"
    )
    first, second = read_logs(log)
    assert first.kind == "edsr" and first.part == "run 1 of 2 (lines 6-15)"
    assert first.columns == {"train": "Total", "lr": "Learning rate"}
    assert first.rows == [
        (1, "train", {"loss": 8.1701}), (1, "lr", {"lr": 1e-4}),
        (2, "train", {"loss": 5.8}), (2, "lr", {"lr": 5e-5}),
    ]  # fmt: skip
    assert second.rows == [(1, "train", {"loss": 10.6}), (1, "lr", {"lr": 5e-4})]


def test_fomm_logs_read_the_perceptual_term_at_the_epoch(tmp_path: Path) -> None:
    """first-order-model's log.txt: the perceptual term at the printed epoch + 1 (the
    keypoint and GAN terms left); a training started again is another run; a numbered list
    of scores (`1) acc - 0.91`) is none of its lines."""
    log = tmp_path / "log.txt"
    log.write_text(
        "00000000) perceptual - 13.73211; equivariance_value - 0.16248; "
        "equivariance_jacobian - 0.41397\n"
        "00000001) generator_gan - 0.8; perceptual - 12.15907; equivariance_value - 0.11205\n"
        "00000000) perceptual - 14.0\n"
    )
    first, second = read_logs(log)
    assert first.kind == "fomm" and first.columns == {"train": "perceptual"}
    assert first.rows == [(1, "train", {"loss": 13.73211}), (2, "train", {"loss": 12.15907})]
    assert second.rows == [(1, "train", {"loss": 14.0})]
    log.write_text(
        "".join(f"Epoch {e} - loss: 0.{9 - e} - val_loss: 1.{9 - e}\n" for e in range(1, 5))
        + "Top models:\n"
        + "".join(f"{k}) acc - 0.9{k}\n" for k in range(1, 6))
    )
    assert read_logs(log)[0].columns == {"train": "loss", "val": "val_loss"}


def test_tasnet_logs_read_each_loops_summary_at_its_epoch(tmp_path: Path) -> None:
    """The Conv-TasNet and Dual-Path-RNN trainers' logs: the summary of the loop the heading
    before it names (its progress lines are no points); a resume's evaluation of an epoch the
    run holds is passed over and the epochs run again win; a launch from the start is another
    run."""
    head = "2021-03-02 10:00:00 [trainer.py:80 - INFO ] "
    log = tmp_path / "train.log"
    epochs = [
        (1, "7.1", "9.5"), (2, "3.2", "5.1"), (3, "-1.5", "0.2"), (4, "-4.0", "-1.8"),
        (5, "-4.4", "-2.0"),
    ]  # fmt: skip
    lines = [f"{head}Validation model ......", f"{head}<epoch:  0, lr:1.000e-03, loss:26.9, "
             "Total time:2.7 min> "]  # fmt: skip
    for epoch, train, val in epochs:
        lines += [
            f"{head}Training model ......",
            f"{head}<epoch:{epoch:3d}, iter:200, lr:1.000e-03, loss:99.0, batch:200 utterances> ",
            f"{head}<epoch:{epoch:3d}, lr:1.000e-03, loss:{train}, Total time:64.2 min> ",
            f"{head}Validation model ......",
            f"{head}<epoch:{epoch:3d}, lr:1.000e-03, loss:{val}, Total time:2.7 min> ",
        ]
    lines += [
        f"{head}Resume from checkpoint exp/conv: epoch 3",
        f"{head}Validation model ......",
        f"{head}<epoch:  3, lr:5.000e-04, loss:0.3, Total time:2.7 min> ",
        f"{head}Training model ......",
        f"{head}<epoch:  4, lr:5.000e-04, loss:-3.0, Total time:64.2 min> ",
        f"{head}Validation model ......",
        f"{head}<epoch:  4, lr:5.000e-04, loss:-1.0, Total time:2.7 min> ",
        "Start Validation from epoch: 0, iter: 0",
        "Finished *** <epoch:0, iter:375, lr:1.000e-03, loss:30.0, Total time:1.0 min> ",
        "Start training from epoch: 1, iter: 0",
        "<epoch:1, iter:100, lr:1.000e-03, loss:12.0>",
        "Finished *** <epoch:1, iter:750, lr:1.000e-03, loss:10.5, Total time:9.0 min> ",
    ]
    log.write_text("\n".join(lines) + "\n")
    first, second = read_logs(log)
    assert first.kind == "tasnet" and first.columns == {"train": "loss", "val": "loss", "lr": "lr"}
    loss = [(s, split, v["loss"]) for s, split, v in first.rows if split != "lr"]
    assert loss == [
        (0, "val", 26.9), (1, "train", 7.1), (1, "val", 9.5), (2, "train", 3.2),
        (2, "val", 5.1), (3, "train", -1.5), (3, "val", 0.2), (4, "train", -3.0),
        (4, "val", -1.0),
    ]  # fmt: skip
    assert (4, "lr", {"lr": 5e-4}) in first.rows
    assert [(s, split) for s, split, _ in second.rows] == [(0, "val"), (1, "train"), (1, "lr")]
    assert second.rows[-2] == (1, "train", {"loss": 10.5})
    assert first.part == "run 1 of 2 (lines 2-34)"
    # A resume from the latest epoch evaluates it again: the evaluation it has stands.
    log.write_text("\n".join([*lines[:27], *lines[27:30], *lines[4:7]]) + "\n")
    (resumed,) = read_logs(log)
    assert [(s, v["loss"]) for s, split, v in resumed.rows if split == "val"][-2:] == [
        (4, -1.8),
        (5, -2.0),
    ]
    # Without the loops' headings (a log cut to its summaries) an epoch's second is validation.
    cut = [line for line in lines[-5:] if "Finished" in line] + [
        "Finished *** <epoch:1, iter:375, lr:1.000e-03, loss:11.0, Total time:1.0 min> "
    ]
    log.write_text("\n".join(cut) + "\n")
    (bare,) = read_logs(log)
    assert [(s, split) for s, split, _ in bare.rows if split != "lr"] == [
        (0, "train"),
        (1, "train"),
        (1, "val"),
    ]
    # Without headings a summary printed twice (a logger with two handlers) is one, and a
    # launch's epochs run again are training's (from the first epoch: a run apart).
    twice = [f"<epoch: {e}, lr:1.000e-03, loss:{9 - e}.0, Total time:1.0 min>" for e in (1, 2)]
    again = [f"<epoch: {e}, lr:1.000e-03, loss:{19 - e}.0, Total time:1.0 min>" for e in (1, 2)]
    read = read_tasnet([twice[0], twice[0], twice[1], twice[1], *again])
    assert [
        [(s, split, v["loss"]) for s, split, v in rows if split != "lr"]
        for _, rows, _, _ in read.runs
    ] == [
        [(1, "train", 8.0), (2, "train", 7.0)],
        [(1, "train", 18.0), (2, "train", 17.0)],
    ]
    # A name of spaces before its colon is read in linear time (it took 4 s).
    started = time.perf_counter()
    assert read_tasnet([f"<epoch: 1,a{' ' * 287}:>"] * 20_000).matched == 0
    assert time.perf_counter() - started < 1.0
    # A loss named by its measure (`sisnr loss`) is the one watched.
    log.write_text("\n".join(lines[-4:]).replace("loss:", "sisnr loss:") + "\n")
    (only,) = read_logs(log)
    assert only.columns["train"] == "sisnr loss" and only.rows[-2] == (1, "train", {"loss": 10.5})


def test_robomimic_logs_read_each_epochs_object_after_its_heading(tmp_path: Path) -> None:
    """robomimic's console: the `Loss` of the JSON object after `Train Epoch N` and
    `Validation Epoch N`, its optimiser's lr; an object after no heading, or one that is no
    JSON, is none of its values; a training started again is another run."""

    def epoch(split: str, n: int, loss: float) -> str:
        values = {"L2_Loss": loss, "Loss": loss, "Optimizer/policy0_lr": 1e-4, "Time_Epoch": 0.1}
        return f"{split} Epoch {n}\n" + json.dumps(values, sort_keys=True, indent=4) + "\n"

    log = tmp_path / "log.txt"
    log.write_text(
        '============= Model Summary =============\n{\n    "Loss": 9.0\n}\n'
        + epoch("Train", 1, 0.5)
        + epoch("Validation", 1, 0.6)
        + "Epoch 1 Memory Usage: 1747 MB\n"
        + 'Train Epoch 2\n{\n    "Loss": 0.4,\n}\n'
        + epoch("Train", 3, 0.3)
        + epoch("Train", 1, 0.9)
    )
    first, second = read_logs(log)
    assert first.kind == "robomimic" and first.columns["train"] == "Loss"
    assert first.rows == [
        (1, "train", {"loss": 0.5}), (1, "lr", {"lr": 1e-4}), (1, "val", {"loss": 0.6}),
        (3, "train", {"loss": 0.3}), (3, "lr", {"lr": 1e-4}),
    ]  # fmt: skip
    assert second.rows == [(1, "train", {"loss": 0.9}), (1, "lr", {"lr": 1e-4})]
    # An object inside the epoch's closes indented; a heading with no object after it is
    # passed over at once (50,000 such took 0.7 s).
    nested = json.dumps({"Loss": 0.5, "Rollout": {"Return": 1.0}}, indent=4)
    lines = [f"Train Epoch 1\n{nested}\n", *["Train Epoch 2\n{\n"] * 50_000]
    log.write_text("".join(lines))
    (read,) = read_logs(log)
    assert read.rows == [(1, "train", {"loss": 0.5})]
    started = time.perf_counter()
    read_robomimic("".join(lines).splitlines())
    assert time.perf_counter() - started < 1.0


def test_st_gcn_torchlight_logs_read_epoch_means_and_evaluations(tmp_path: Path) -> None:
    """ST-GCN's torchlight `log.txt`: the `mean_loss` after `Training epoch: E` (train) and
    after `Eval epoch: E` (val) at E + 1, the epoch's last `Iter` lr; a launch stopped inside
    its first epoch by its `Iter` lines; one that died before any value is no run; the
    evaluation's Top1 is no loss; every launch appended to one file a run."""

    def stamp(text: str) -> str:
        return f"[01.07.20|16:50:42] {text}"

    params = [stamp("Parameters:"), "{'work_dir': './work_dir', 'num_epoch': 50}", ""]
    lines = [*params, stamp("Training epoch: 0")]
    lines += [stamp(f"\tIter {i} Done. | loss: {v} | lr: 0.100000") for i, v in ((0, 4.7),
              (100, 2.7))]  # fmt: skip
    lines += [*params, stamp("Training epoch: 0")]  # died before its first value
    lines += params
    for epoch, train, val in ((0, "2.75", None), (1, "2.08", "1.85"), (2, "nan", None)):
        lines += [stamp(f"Training epoch: {epoch}"), stamp("\tIter 3 Done. | loss: 2.6 | lr: 0.01")]
        lines += [stamp(f"\tmean_loss: {train}"), stamp("Time consumption:"), stamp("Done.")]
        if val is not None:
            lines += [stamp(f"Eval epoch: {epoch}"), stamp(f"\tmean_loss: {val}")]
            lines += [stamp("\tTop1: 58.41%"), stamp("\tTop5: 90.12%")]
    log = tmp_path / "log.txt"
    log.write_text("\n".join(lines) + "\n")
    stopped, trained = read_logs(log)
    assert stopped.kind == trained.kind == "torchlight"
    assert stopped.rows == [
        (0, "train", {"loss": 4.7}), (0, "lr", {"lr": 0.1}),
        (100, "train", {"loss": 2.7}), (100, "lr", {"lr": 0.1}),
    ]  # fmt: skip
    assert [(s, split, v) for s, split, v in trained.rows if split != "train" or s < 3] == [
        (1, "train", {"loss": 2.75}), (1, "lr", {"lr": 0.01}),
        (2, "train", {"loss": 2.08}), (2, "lr", {"lr": 0.01}), (2, "val", {"loss": 1.85}),
        (3, "lr", {"lr": 0.01}),
    ]  # fmt: skip
    assert math.isnan(trained.rows[-2][2]["loss"]) and trained.rows[-2][:2] == (3, "train")
    assert trained.columns == {"train": "mean_loss / loss", "val": "mean_loss", "lr": "lr"}
    # A test-phase launch appended after one that died inside an epoch: no training value.
    died = [*params, stamp("Training epoch: 0"), stamp("\tIter 0 Done. | loss: 2.0 | lr: 0.1")]
    died += [stamp("\tmean_loss: 2.0"), stamp("Training epoch: 1"), stamp("\tmean_loss: 1.9")]
    died += [stamp("Training epoch: 2"), stamp("\tIter 200 Done. | loss: 1.5 | lr: 0.1")]
    died += [*params, stamp("Evaluation Start:"), stamp("\tmean_loss: 9.99")]
    log.write_text("\n".join(died) + "\n")
    [tested] = read_logs(log)
    train = [(s, v["loss"]) for s, split, v in tested.rows if split == "train"]
    assert train == [(1, 2.0), (2, 1.9)]
    # Another script's lines without the logger's stamp are labelled values as before.
    other = "".join(
        f"Training epoch: {e}\n  mean_loss: {1 / e}\n  val_loss: {1.1 / e}\n" for e in (1, 2, 3)
    )
    log.write_text(other)
    [labelled] = read_logs(log)
    assert labelled.kind != "torchlight" and {r[1] for r in labelled.rows} == {"train", "val"}


def test_an_ultralytics_row_wider_than_the_header_keeps_the_others(tmp_path: Path) -> None:
    """Only a row shorter than its header (YOLOv5 segment's closing validation) is passed
    over, never rows as wide as the header beside one with a trailing comma."""
    header, *rows, closing = (SAMPLES / "yolov5_seg_results.csv").read_text().splitlines()
    path = tmp_path / "results.csv"
    path.write_text("\n".join([header, rows[0] + ",", *rows[1:]]) + "\n")
    (wider,) = read_logs(path)
    assert [(s, v["loss"]) for s, split, v in wider.rows if split == "train"] == [
        (1, 0.099203), (2, 0.071455), (3, 0.060124)
    ]  # fmt: skip
    assert "passed over" not in wider.format
    path.write_text("\n".join([header, *rows, closing]) + "\n")
    assert "line 5 shorter than the header passed over" in read_logs(path)[0].format


def test_anynet_logs_read_the_last_stage_of_each_launch(tmp_path: Path) -> None:
    """AnyNet's `training.log`, appended to by every launch: the last stage a launch's first
    minibatch prints (not the untrained SPN stage's 0.00 mean), as epoch means at the epoch
    counted from 1 where the launch printed one for every epoch it finished, else as its
    minibatches at their number over the launch (a NaN kept); the test's 3-pixel error is no
    loss; a launch that died before its first loss is no run; a long launch reads in linear
    time."""
    head = "[2020-11-09 20:53:15 finetune.py:{}] INFO     "
    settings = [head.format(64) + "epochs: 300", head.format(64) + "start_epoch_for_spn: 121"]

    def minibatch(epoch: int, i: int, stages: tuple[str, ...]) -> str:
        losses = "\t".join(f"Stage {k} = {v}({v})" for k, v in enumerate(stages))
        return head.format(176) + f"Epoch{epoch} [{i}/40] {losses}"

    def epoch(n: int, mean: str | None) -> list[str]:
        lines = [head.format(119) + f"This is {n}-th epoch"]
        lines += [minibatch(n, 0, ("2.0", "3.0", "4.5")), minibatch(n, 20, ("0.4",) * 3)]
        if mean is not None:  # the SPN stage, not trained yet, printed as 0.00
            lines += [head.format(180) + f"Average train loss = Stage 0 = 0.3\tStage 2 = {mean}"
                      "\tStage 3 = 0.00"]  # fmt: skip
        return [*lines, head.format(208) + "Average test 3-Pixel Error = Stage 2=0.09"]

    lines = [*settings, head.format(119) + "This is 0-th epoch"]
    lines += [minibatch(0, 0, ("39.11", "38.89", "38.96", "38.99"))]
    lines += [minibatch(0, 20, ("1.37", "1.12", "1.04", "nan"))]
    lines += [*settings, head.format(119) + "This is 0-th epoch"]  # died before its first loss
    lines += [*settings, *epoch(0, "1.09"), *epoch(1, "0.95"), *epoch(2, "0.91")]
    # Means for its first two epochs only: its minibatches.
    lines += [*settings, *epoch(0, "1.5"), *epoch(1, "1.2"), *epoch(2, None), *epoch(3, None)]
    log = tmp_path / "training.log"
    log.write_text("\n".join(lines) + "\n")
    stopped, trained, unsummed = read_logs(log)
    assert stopped.kind == trained.kind == unsummed.kind == "anynet"
    assert [(s, split, v["loss"]) for s, split, v in stopped.rows][0] == (0, "train", 38.99)
    assert math.isnan(stopped.rows[1][2]["loss"]) and stopped.rows[1][0] == 20
    assert "minibatch" in stopped.format and "epoch means" in trained.format
    assert trained.rows == [
        (1, "train", {"loss": 1.09}), (2, "train", {"loss": 0.95}), (3, "train", {"loss": 0.91})
    ]  # fmt: skip
    assert [(s, v["loss"]) for s, _, v in unsummed.rows] == [
        (0, 4.5), (20, 0.4), (40, 4.5), (60, 0.4), (80, 4.5), (100, 0.4), (120, 4.5), (140, 0.4)
    ]  # fmt: skip
    assert trained.columns == {"train": "Stage 3 / Stage 2"}  # the launches' stages together
    # A line naming a stage without a number is none of the log's.
    log.write_text("\n".join([*lines, "Epoch0 [1/2] Stage 0 = see below"]) + "\n")
    assert len(read_logs(log)) == 3
    many = [f"Epoch{e} [{i}/200] Stage 0 = 1.0(1.0)\tStage 2 = 3.0(3.0)" for e in range(500)
            for i in range(0, 200, 2)]  # fmt: skip
    started = time.perf_counter()
    read = read_anynet(many)
    assert len(read.rows) == 50_000 and time.perf_counter() - started < 5.0


def test_a_csv_row_whose_epoch_is_a_word_is_passed_over(tmp_path: Path) -> None:
    """A script's closing row of the held-out set (`test,0.71`) under an `epoch` column is no
    epoch of the run: passed over, and the words say so (the whole file was refused); the
    header written again (CSVLogger's next run) still starts a run."""
    path = tmp_path / "fno.log"
    path.write_text(
        "epoch,train_loss,val_loss\n0,1.05,0.92\n1,0.95,0.88\n2,0.90,0.89\ntest,0.71\n"
        "epoch,train_loss,val_loss\n0,1.2,1.1\n1,1.0,1.0\n"
    )
    first, second = read_logs(path)
    assert "(1 row whose epoch is 'test' passed over)" in first.describe()
    assert [(s, split) for s, split, _ in first.rows] == [
        (1, "train"), (1, "val"), (2, "train"), (2, "val"), (3, "train"), (3, "val"),
    ]  # fmt: skip
    assert len(second.rows) == 4
    # Each word is named; quadratic no more (a `best` row after each of 10,000 epochs).
    rows = "".join(f"{e},0.{e % 9 + 1},0.5\nbest,0.1,0.2\n" for e in range(10_000))
    path.write_text("epoch,train_loss,val_loss\n" + rows + "mean,0.1,0.2\n")
    started = time.perf_counter()
    (log,) = read_logs(path)
    assert time.perf_counter() - started < 3.0
    assert "(10001 rows whose epoch is 'best', 'mean' passed over)" in log.describe()
    # A header written again with other columns is no word row: refused, never misread.
    path.write_text(
        "epoch,loss,val_loss\n0,1.0,1.1\n1,0.8,0.9\n"
        "epoch,accuracy,loss,val_accuracy,val_loss\n0,0.1,2.5,0.11,2.6\n1,0.2,2.3,0.21,2.4\n"
    )
    with pytest.raises(LogError, match="'epoch' is not a number"):
        read_logs(path)
    # An epoch column of words throughout leaves nothing to pass over: refused as such.
    path.write_text("epoch,loss,val_loss\nfirst,1.0,1.1\nsecond,0.8,0.9\n")
    with pytest.raises(LogError, match="'first' is not a number"):
        read_logs(path)


def test_an_aligned_table_with_names_of_two_words_is_read(tmp_path: Path) -> None:
    """cifar10-fast's TableLogger: names of two words (`train loss`) two spaces apart or more
    over right-aligned numbers, one row an epoch; a ranking of a search's settings under the
    same kind of header (`pos  loss  dropout1 rate`) is no run."""
    head = f"{'epoch':>12}{'train time':>13}{'train loss':>13}{'valid loss':>13}{'valid acc':>13}"
    rows = [
        f"{e:>12}{2.5:>13.4f}{2.2 - e / 10:>13.4f}{2.1 - e / 20:>13.4f}{0.3:>13.4f}"
        for e in (1, 2, 3)
    ]
    ranking = ["pos     loss      dropout1 rate", " 1    0.6409       0.3", " 2    0.641       0.6"]
    path = tmp_path / "log.txt"
    path.write_text("\n".join([head, *rows, "", *ranking]) + "\n")
    (log,) = read_logs(path)
    assert log.columns == {"train": "train loss", "val": "valid loss"}
    assert [(s, split, round(v["loss"], 4)) for s, split, v in log.rows][:2] == [
        (1, "train", 2.1),
        (1, "val", 2.05),
    ]


def test_the_adult_census_capital_loss_column_is_no_loss(tmp_path: Path) -> None:
    """The Adult data set's rows (`df.head()` in tabular notebooks, or the CSV itself) hold a
    `capital_loss` column: data, never a training loss; the notebook's fit is its run."""
    head = "age,workclass,capital_gain,capital_loss,hours_per_week,income\n"
    rows = "".join(f"{30 + n},Private,0,{n * 10},40,<=50K\n" for n in range(6))
    path = tmp_path / "adult.csv"
    path.write_text(head + rows)
    with pytest.raises(LogError, match="no loss column"):
        read_logs(path)
    fit = "".join(f"Epoch {e} - loss: 0.{9 - e} - val_loss: 1.{9 - e}\n" for e in range(1, 6))
    table = head.replace(",", "  ") + rows.replace(",", "  ")
    notebook = tmp_path / "adult.ipynb"
    notebook.write_text(_notebook([_stream(table)], [_stream(fit)]))
    [log] = read_logs(notebook)
    assert log.columns == {"train": "loss", "val": "val_loss"}
    # Only that column: a truecasing model's `capitalization_loss` is a loss.
    path.write_text("epoch,capitalization_loss,punct_acc\n1,0.5,0.1\n2,0.4,0.2\n3,0.3,0.3\n")
    assert read_logs(path)[0].columns == {"train": "capitalization_loss"}


def test_a_configs_loss_weights_are_no_training_values(tmp_path: Path) -> None:
    """Mask R-CNN's `config.display()` prints its loss weights as a dict of losses, in a cell
    of its own: no run, beside the cell whose fit's epochs are one."""
    config = _stream(
        "Configurations:\nBATCH_SIZE                     2\n"
        "LOSS_WEIGHTS                   {'rpn_class_loss': 1.0, 'rpn_bbox_loss': 1.0, "
        "'mrcnn_mask_loss': 1.0}\n"
    )
    path = tmp_path / "train_shapes.ipynb"
    path.write_text(_notebook([config], [_keras_fit_output([(0.5, 0.6), (0.4, 0.5)])]))
    [log] = read_logs(path)
    assert log.part == "cell 3" and log.points("train") == 2
    # A setting's word elsewhere on a Trainer's line is no label of its dict.
    log = tmp_path / "train.log"
    for before in (
        " 10%|█  | 10/100 [00:01<00:09,  9.9it/s, loss_scale=65536]",
        "2024-05-01 10:00:00.123 | INFO | matrix_factorization:train:57 - ",
        "Multiscale training 10/100: ",
    ):
        log.write_text(f"{before}{{'loss': 0.91, 'learning_rate': 5e-05, 'epoch': 0.1}}\n" * 4)
        [read] = read_logs(log)
        assert read.kind == "trainer_console" and read.points("train") == 4, before


def test_tensorflow_nmt_perplexities_are_read_as_their_log(tmp_path: Path) -> None:
    """tensorflow/nmt prints perplexities only: each is read as loss = ln ppl, the perplexity
    beside it; the first dev evaluation (before `# Start step 0`) at that step, the test
    set's left, a dev set evaluated again at the final step kept once; a launch from the
    start is another run."""
    log = tmp_path / "log_1547726771"
    log.write_text(
        "  eval dev: perplexity 17193.33, time 1s, Thu Jan 17 12:06:14 2019.\n"
        "# Start step 0, lr 1, Thu Jan 17 12:06:16 2019\n"
        "  step 100 lr 1 step-time 0.44s wps 12.75K ppl 1972.32 gN 16.54 bleu 0.00, Thu Jan\n"
        "  step 200 lr 0.5 step-time 0.19s wps 30.25K ppl 678.16 gN 8.58 bleu 0.00, Thu Jan\n"
        "# Save eval, global step 200\n"
        "  eval dev: perplexity 111.58, time 1s, Thu Jan 17 12:09:24 2019.\n"
        "  eval test: perplexity 128.26, time 1s, Thu Jan 17 12:09:25 2019.\n"
        "# Final, step 200 lr 0.5 step-time 0.15s wps 37.01K ppl 35.06 gN 3.11 dev ppl 33.25\n"
        "  eval dev: perplexity 99.0, time 1s, Thu Jan 17 12:49:03 2019.\n"
        "# log_file=nmt_model/log_1547727000\n"
        "  eval dev: perplexity 17000.0, time 1s, Thu Jan 17 13:00:00 2019.\n"
        "# Start step 0, lr 1, Thu Jan 17 13:00:01 2019\n"
        "  step 100 lr 1 step-time 0.44s wps 12.75K ppl 1500.0 gN 16.54 bleu 0.00, Thu Jan\n"
    )
    first, second = read_logs(log)
    assert first.kind == "tfnmt" and "loss = ln of the printed perplexity" in first.format
    assert first.rows == [
        (0, "val", {"loss": math.log(17193.33), "ppl": 17193.33}),
        (100, "train", {"loss": math.log(1972.32), "ppl": 1972.32}), (100, "lr", {"lr": 1.0}),
        (200, "train", {"loss": math.log(678.16), "ppl": 678.16}), (200, "lr", {"lr": 0.5}),
        (200, "val", {"loss": math.log(111.58), "ppl": 111.58}),
    ]  # fmt: skip
    assert second.rows[:2] == [
        (0, "val", {"loss": math.log(17000.0), "ppl": 17000.0}),
        (100, "train", {"loss": math.log(1500.0), "ppl": 1500.0}),
    ]


def test_a_launch_after_training_finished_is_a_run_and_a_tests_progress_is_none(
    tmp_path: Path,
) -> None:
    """After `Training finished.` a launch's epochs, validation beside them, are another run;
    after DeepSpeech's `I FINISHED optimization`, the test's progress line (a counter, no
    loss) does not start one, so its per-utterance losses are no training points."""
    log = tmp_path / "train.log"
    epochs = "".join(f"Epoch {e} | loss 0.{9 - e}0 | val loss 0.{9 - e}5\n" for e in range(1, 4))
    log.write_text(f"{epochs}Training finished.\n{epochs}Training finished.\n")
    assert [r.part for r in read_logs(log)] == ["run 1 of 2 (lines 1-3)", "run 2 of 2 (lines 5-7)"]
    log.write_text(
        "".join(
            f"Epoch {e} |   Training | Elapsed Time: 0:45:15 | Steps: 3533 | Loss: {6 - e}.1\n"
            f"Epoch {e} | Validation | Elapsed Time: 0:00:11 | Steps: 31 | Loss: {9 - e}.4 | "
            "Dataset: dev.csv\n"
            for e in range(3)
        )
        + "I FINISHED optimization in 22:47:12.286853\n"
        + "Test epoch | Steps: 28 | Elapsed Time: 0:00:56\n"
        + "Test on test.csv - WER: 0.114730, CER: 0.063737, loss: 14.444828\n"
        + "WER: 0.000000, CER: 0.000000, loss: 27.424107\n" * 3
    )
    [read] = read_logs(log)
    assert read.points("train") == 3 and read.points("val") == 3


def test_an_epochs_training_and_evaluation_rows_share_its_step(tmp_path: Path) -> None:
    """An epoch column repeated on a training row and an evaluation's row: one step an epoch
    (the epoch's, or an export's step axis), not a step a row; a short relaunch after a row an
    earlier launch left (`0, 0, 1`) stays two runs."""
    paired = tmp_path / "paired.csv"
    paired.write_text(
        "epoch,train_loss,val_loss\n0,0.9,\n0,,0.95\n1,0.8,\n1,,0.85\n2,0.7,\n2,,0.8\n"
    )
    [log] = read_logs(paired)
    assert [r[:2] for r in log.rows] == [
        (s, split) for s in (1, 2, 3) for split in ("train", "val")
    ]
    named = tmp_path / "named.csv"
    block = "{0},100,0.9,\n{0},100,,0.95\n{0},200,0.8,\n{0},200,,0.85\n{0},300,0.7,\n{0},300,,0.8\n"
    named.write_text("run,x,train_loss,val_loss\n" + block.format("a") + block.format("b"))
    assert [[r[0] for r in log.rows] for log in read_logs(named)] == [
        [100, 100, 200, 200, 300, 300]
    ] * 2
    relaunched = tmp_path / "relaunched.csv"
    relaunched.write_text("epoch,loss,val_loss\n0,0.9,0.95\n0,0.8,0.85\n1,0.7,0.8\n")
    assert [len(log.rows) for log in read_logs(relaunched)] == [2, 4]


def test_html_tables_in_a_text_nested_upper_case_or_only_mentioned(tmp_path: Path) -> None:
    """fastai's table inside another table's cell is read apart from it (the outer's rows are no
    epochs of its), `<TABLE>` as `<table>`; a log that only mentions `<table>` is read as it
    was, without parsing its lines as HTML (which took 12 s on 4,000 lines)."""
    fit = (
        "<TABLE><tr><th>epoch</th><th>train_loss</th><th>valid_loss</th></tr>"
        + "".join(
            f"<tr><td>{i}</td><td>{1 / (i + 1):.4f}</td><td>{1.2 / (i + 1):.4f}</td></tr>"
            for i in range(4)
        )
        + "</TABLE>"
    )
    stray = "<tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr>"
    outer = f"<table><tr><td>{fit}</td></tr>{stray}</table>"
    post = tmp_path / "post.md"
    post.write_text("# A fit\n\n" + outer.replace("><", ">\n<") + "\n")
    [log] = read_logs(post)
    assert [r[:2] for r in log.rows] == [
        (s, split) for s in (1, 2, 3, 4) for split in ("train", "val")
    ]
    mentioned = tmp_path / "train.log"
    lines = [f"epoch {i} loss {1 / (i + 1):.4f} val_loss {1.1 / (i + 1):.4f}" for i in range(4000)]
    mentioned.write_text("the <table> below\n" + "\n".join(lines) + "\n")
    started = time.perf_counter()
    [log] = read_logs(mentioned)
    assert log.points("train") == 4000 and time.perf_counter() - started < 3


def test_what_was_read_is_described() -> None:
    [log] = read_logs(LOGS / "g01_logrob" / "trainer_state.json")
    assert log.describe() == (
        "Trainer log_history — train 'loss' 42 points, val 'eval_loss' 42, lr 'learning_rate'"
    )
    [keras] = read_logs(RAW / "lung_training_log.csv")
    assert keras.describe() == (
        "Keras history (step = epoch + 1) — train 'loss' 10 points, val 'val_loss' 10, "
        "lr 'learning_rate'"
    )
    [lightning] = read_logs(RAW / "f21_wsds2.src.csv")
    assert lightning.describe() == (
        "Lightning CSVLogger metrics — train 'train_loss_batch' 26 points, no val"
    )


def test_trainer_state_skips_the_summary_and_keeps_lr() -> None:
    [log] = read_logs(LOGS / "g19_polu" / "trainer_state.json")
    assert log.points("train") == 10 and log.points("val") == 0
    assert log.rows[:3] == [(1, "train", {"loss": 1.637}), (1, "lr", {"lr": 5.0}),
                            (2, "train", {"loss": 11.8069})]  # fmt: skip
    # The summary entry (train_loss 9.767..., the run's mean) is no point.
    assert all(values.get("loss") != 9.767237627506256 for _, _, values in log.rows)


NAN = math.nan
INF = math.inf

# (sample, format read, every row). Non-finite values are kept as they are written.
FAIRSEQ_ROWS: list[Row] = [
    (100, "train", {"loss": 12.541}), (100, "lr", {"lr": 1.25e-05}),
    (200, "train", {"loss": 11.02}), (200, "lr", {"lr": 2.5e-05}),
    (1102, "val", {"loss": 10.2}),
    (1200, "train", {"loss": 9.8}), (1200, "lr", {"lr": 1.5e-04}),
]  # fmt: skip
SAMPLE_ROWS = [
    (
        "llmc_train_gpt2c.txt",
        "llmc",
        # A val line is printed before the step it was evaluated at.
        [(0, "train", {"loss": 5.356189}), (0, "val", {"loss": 5.325529}),
         (1, "train", {"loss": 4.301069}), (2, "train", {"loss": 4.623322}),
         (3, "train", {"loss": 4.60047}), (4, "train", {"loss": 4.616718}),
         (4, "val", {"loss": 4.323817})],
    ),
    (
        "llmc_main.log",
        "llmc_main_log",
        [(0, "train", {"loss": 11.0091}), (0, "lr", {"lr": 6e-06}), (0, "val", {"loss": 11.0092}),
         (1, "train", {"loss": 10.3327}), (1, "lr", {"lr": 1.2e-05}),
         (2, "train", {"loss": 9.841}), (2, "lr", {"lr": 1.8e-05}),
         (3, "train", {"loss": 9.5001}), (3, "lr", {"lr": 2.4e-05}),
         (4, "train", {"loss": NAN}), (4, "lr", {"lr": 3e-05}),
         (5, "train", {"loss": 9.1148}), (5, "lr", {"lr": 3.6e-05}), (5, "val", {"loss": 9.0774})],
    ),
    (
        "metrics.jsonl",
        "jsonl",
        [(0, "train", {"loss": 10.95}), (0, "lr", {"lr": 0.0}),
         (50, "train", {"loss": 6.12}), (50, "lr", {"lr": 0.0003}),
         (100, "train", {"loss": 5.02}), (100, "lr", {"lr": 0.0006}), (100, "val", {"loss": 5.11}),
         (150, "train", {"loss": NAN}), (150, "lr", {"lr": 0.0006}),
         (200, "train", {"loss": 4.41}), (200, "lr", {"lr": 0.0006}), (200, "val", {"loss": 4.58})],
    ),
    (
        "trainer_console.txt",
        "trainer_console",
        # No step in the source: step = the count of train logs; an evaluation at the step of
        # the train log before it; the summary line skipped.
        [(1, "train", {"loss": 2.3456}), (1, "lr", {"lr": 5e-05}),
         (2, "train", {"loss": 1.9876}), (2, "lr", {"lr": 3.75e-05}), (2, "val", {"loss": 1.8765}),
         (3, "train", {"loss": NAN}), (3, "lr", {"lr": 2.5e-05}),
         (4, "train", {"loss": 1.5432}), (4, "lr", {"lr": 1.25e-05}), (4, "val", {"loss": INF})],
    ),
    (
        "opennmt.log",
        "opennmt",
        # Validation prints only its perplexity: the loss is ln(ppl), at the report before it.
        [(50, "train", {"loss": 3.29}), (50, "lr", {"lr": 1.0}),
         (100, "train", {"loss": 2.58}), (100, "lr", {"lr": 1.0}),
         (100, "val", {"loss": math.log(5.45281), "ppl": 5.45281}),
         (150, "train", {"loss": NAN}), (150, "lr", {"lr": 0.5}),
         (200, "train", {"loss": 1.81}), (200, "lr", {"lr": 0.5}),
         (200, "val", {"loss": math.log(2.71828), "ppl": 2.71828})],
    ),
    (
        "detectron2_metrics.json",
        "jsonl",
        # total_loss (beside its loss_cls, loss_box_reg, ...) at its iteration; a validation
        # loss where a line logs one; a line of AP metrics alone is no point.
        [(19, "train", {"loss": 2.7251}), (19, "lr", {"lr": 1.931e-06}),
         (39, "train", {"loss": 2.9036}), (39, "lr", {"lr": 2.911e-06}),
         (39, "val", {"loss": 2.8412}),
         (59, "train", {"loss": NAN}), (59, "lr", {"lr": 3.891e-06}),
         (79, "train", {"loss": 2.5311}), (79, "lr", {"lr": 4.871e-06}),
         (79, "val", {"loss": 2.612})],
    ),
    (
        "yolov5_results.csv",
        "ultralytics_csv",
        # YOLOv5: padded cells, `metrics/mAP_0.5:0.95`; its classification loss as YOLOv8's,
        # its lr x/lr0, 0-based epochs + 1, nan cells kept.
        [(1, "train", {"loss": 0.038418}), (1, "lr", {"lr": 0.1}), (1, "val", {"loss": 0.034711}),
         (2, "train", {"loss": 0.035664}), (2, "lr", {"lr": 0.099865}),
         (2, "val", {"loss": 0.032858}),
         (3, "train", {"loss": NAN}), (3, "lr", {"lr": 0.0502}), (3, "val", {"loss": 0.011767}),
         (4, "train", {"loss": 0.013022}), (4, "lr", {"lr": 0.0493}), (4, "val", {"loss": NAN})],
    ),
    (
        "yolov5_one_class_results.csv",
        "ultralytics_csv",
        # One class: YOLOv5's cls_loss is 0 at every epoch and says nothing; the box loss.
        [(1, "train", {"loss": 0.12068}), (1, "lr", {"lr": 0.0991}),
         (1, "val", {"loss": 0.11654}),
         (2, "train", {"loss": 0.12086}), (2, "lr", {"lr": 0.097299}),
         (2, "val", {"loss": 0.11662}),
         (3, "train", {"loss": 0.11933}), (3, "lr", {"lr": 0.095497}),
         (3, "val", {"loss": 0.11622})],
    ),
    (
        "yolov5_seg_results.csv",
        "ultralytics_csv",
        # YOLOv5's segment trainer ends the file with the validation of its best weights: a
        # row of metrics and validation losses alone (13 cells under 20 names), no epoch.
        [(1, "train", {"loss": 0.099203}), (1, "lr", {"lr": 0.070042}),
         (1, "val", {"loss": 0.095122}),
         (2, "train", {"loss": 0.071455}), (2, "lr", {"lr": 0.040031}),
         (2, "val", {"loss": 0.080113}),
         (3, "train", {"loss": 0.060124}), (3, "lr", {"lr": 0.009901}),
         (3, "val", {"loss": 0.07422})],
    ),
    (
        "vae_loss_parts.log",
        "labelled",
        # Losses named by their part alone: the first printed (loss_vae, the total of
        # loss_recon, loss_kl, ...), at the printed ITER; on a validation line, validation.
        [(0, "train", {"loss": 3.5104}), (500, "train", {"loss": 1.0538}),
         (500, "val", {"loss": 1.1021}), (1000, "train", {"loss": NAN}),
         (1500, "train", {"loss": 0.3567}), (1500, "val", {"loss": 0.4015})],
    ),
    (
        "repeated_global_step.log",
        "labelled",
        # The printed global STEP, not the tqdm bars' epochs: a step printed again (123, for
        # two epochs) keeps its last value.
        [(0, "train", {"loss": 0.2511}), (0, "lr", {"lr": 2e-07}),
         (41, "train", {"loss": 0.345}), (41, "lr", {"lr": 8.4e-06}),
         (123, "train", {"loss": NAN}), (123, "lr", {"lr": 3.3e-05}),
         (164, "train", {"loss": 0.3076}), (164, "lr", {"lr": 4.12e-05})],
    ),
    (
        "fairseq.log",
        "fairseq",
        # At num_updates: train_inner reports, the valid summary as val (not the epoch's
        # train summary, a mean over the epoch), a NaN kept.
        [(100, "train", {"loss": 12.541}), (100, "lr", {"lr": 1.25e-05}),
         (200, "train", {"loss": 11.02}), (200, "lr", {"lr": 2.5e-05}),
         (1102, "val", {"loss": 10.2}),
         (1200, "train", {"loss": NAN}), (1200, "lr", {"lr": 1.5e-04})],
    ),
    (
        "fairseq_json.log",
        "fairseq",
        # --log-format json: the same records after their tag, values as strings.
        FAIRSEQ_ROWS,
    ),
    ("fairseq_old.json", "jsonl", FAIRSEQ_ROWS),
    (
        "marian.log",
        "marian",
        # At each update: Cost and L.r. of the reports, the validation's cross-entropy (not
        # its perplexity or BLEU lines), a NaN cost kept.
        [(500, "train", {"loss": 81.86574554}), (500, "lr", {"lr": 9.375e-06}),
         (1000, "train", {"loss": 68.96273041}), (1000, "lr", {"lr": 1.875e-05}),
         (1000, "val", {"loss": 89.4788}),
         (1500, "train", {"loss": NAN}), (1500, "lr", {"lr": 2.8125e-05}),
         (2000, "val", {"loss": 103.216})],
    ),
    (
        "keras_console.txt",
        "labelled",
        # Progress updates within an epoch (`- ETA:`, separated by carriage returns) are the
        # epoch's running mean so far: only its last line counts, at the printed epoch.
        [(1, "train", {"loss": 1.5012}), (1, "val", {"loss": 1.2034}),
         (2, "train", {"loss": 0.9876}), (2, "val", {"loss": NAN}),
         (3, "train", {"loss": 0.8765}), (3, "val", {"loss": 1.0987})],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "kind", "rows"), SAMPLE_ROWS, ids=[s[0] for s in SAMPLE_ROWS])
def test_a_text_sample_reads_to_its_rows(name: str, kind: str, rows: list[Row]) -> None:
    [log] = read_logs(SAMPLES / name)
    assert log.kind == kind
    assert comparable(log.rows) == comparable(rows)


# (sample, format read, train points, val steps, first non-finite train step or None)
SAMPLE_SHAPES = [
    # nanoGPT: train from the `iter` lines, val from the `step N:` evaluations.
    ("nanogpt.txt", "nanogpt", 13, [0, 100], 60),
    ("modded_nanogpt.txt", "modded_nanogpt", 8, [0, 8], 5),
    # llm.c's .cu console: the last val (after the last step) is at that step + 1.
    ("llmc.txt", "llmc", 6, [1, 5, 7], None),
]


@pytest.mark.parametrize(
    ("name", "kind", "train", "val_steps", "nonfinite"),
    SAMPLE_SHAPES,
    ids=[s[0] for s in SAMPLE_SHAPES],
)
def test_a_text_sample_reads_to_its_shape(
    name: str, kind: str, train: int, val_steps: list[int], nonfinite: int | None
) -> None:
    [log] = read_logs(SAMPLES / name)
    assert log.kind == kind and log.points("train") == train
    assert [step for step, split, _ in log.rows if split == "val"] == val_steps
    bad = [s for s, split, v in log.rows if split == "train" and not math.isfinite(v["loss"])]
    assert bad[:1] == ([] if nonfinite is None else [nonfinite])


def test_the_format_comes_from_the_content_not_the_name(tmp_path: Path) -> None:
    renamed = {
        LOGS / "g01_logrob" / "trainer_state.json": "trainer_state",
        RAW / "f03_airtemp.src.csv": "lightning_csv",
        RAW / "g04_anna.src.csv": "keras_csv",
        SAMPLES / "nanogpt.txt": "nanogpt",
        SAMPLES / "metrics.jsonl": "jsonl",
    }
    for n, (source, kind) in enumerate(renamed.items()):
        copy = tmp_path / f"run{n}.log"
        shutil.copy(source, copy)
        assert [log.kind for log in read_logs(copy)] == [kind]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "not a training log lossmon can read; expected a Trainer trainer_state.json"),
        ("", "the file is empty; expected"),
        ("epoch,accuracy\n0,0.5\n", "no loss column; expected loss, train_loss"),
        # One stray labelled loss is no log.
        ("Run finished.\nfinal loss: 0.31\n", "not a training log lossmon can read"),
        ('{"accuracy": [0.5, 0.6]}', "a JSON object without log_history; expected"),
        ('{"best_metric": null}\n', "a JSON object without log_history; expected"),
        ('{"log_history": [{"step": 1, "epoch": 1.0}]}', "as Trainer log_history, but it holds no"),
        ('{"loss": 1.0}\n{"loss": 0.9}\n', "JSON lines without a step key"),
        # JSON that breaks: where, and whether the file ends there (cut short).
        ('{"log_history": [{"loss": 2.0, "step": 10}, {"lo', "its JSON ends early (Unterminated"),
        ('{"loss": [1, 2,, 3]}', "it is no valid JSON (Expecting value: line 1, column 16)"),
        # A text log led by bracketed timestamps starts with `[` and is no JSON at all.
        ("[10/05 20:24:26] starting\n[10/05 20:24:27] done\n", "not a training log lossmon"),
        (
            "epoch,loss\n0,0.5\n1,tensor([0.4, 0.3])\n",
            "line 3, column loss: 'tensor([0.4' is not a number",
        ),
        ("step,train_loss\n", "a CSV header without rows"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file; expected"),
    ],
)
def test_an_unreadable_file_says_what_was_expected(
    tmp_path: Path, content: str | bytes | None, words: str
) -> None:
    path = tmp_path / "x.txt"
    if content is None:
        shutil.copy(SAMPLES / "notes.txt", path)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    with pytest.raises(LogError) as caught:
        read_logs(path)
    assert str(caught.value).startswith("x.txt: ") and words in str(caught.value)


KERAS_CSV = b"epoch,loss,val_loss\n0,0.92,0.95\n1,0.81,0.88\n2,0.74,0.83\n"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        # A gzip file cut short in the copy, and one damaged inside its deflate stream.
        (gzip.compress(KERAS_CSV, mtime=0)[:-10], "a damaged gzip file"),
        (gzip.compress(KERAS_CSV, mtime=0)[:12] + b"\xff" * 20, "a damaged gzip file"),
        # A cell over the csv module's field limit (131072 characters).
        (b"epoch,loss\n0," + b"1" * 140_000 + b"\n1,0.9\n", "line 2: field larger than field"),
        # JSON nested deeper than Python's recursion limit.
        (b"[" * 100_000 + b"]" * 100_000, "JSON nested too deeply"),
        (b'{"a": ' * 5_000 + b"1" + b"}" * 5_000, "JSON nested too deeply"),
        # Whole numbers no float holds (over 4300 digits, int() itself refuses).
        (b'{"step": 1, "loss": 1' + b"0" * 5_000 + b"}\n", "a JSON number of 5001 digits"),
        (b'{"loss": [1' + b"0" * 400 + b", 0.5]}", "a JSON number of 401 digits"),
        # A step no 64-bit integer of the store holds.
        (b'{"step": 1e300, "loss": 2.5}\n{"step": 2, "loss": 2.4}\n', "step 1e+300 is beyond"),
        # Garbage that was already refused clearly, kept refused.
        (bytes(range(256)) * 4, "not a text file"),
        (b"", "the file is empty"),
        (b"epoch,loss,val_loss\n", "a CSV header without rows"),
        (b'{"loss": "n/a"}', "a JSON object without log_history"),
        (b'{"step": 1, "loss": "n/a"}\n', "record 1: 'n/a' is not a number"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_garbage_is_refused_with_a_log_error(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "x.log"
    path.write_bytes(content)
    with pytest.raises(LogError) as caught:
        read_logs(path)
    assert str(caught.value).startswith("x.log: ") and words in str(caught.value)


# Lines no log means to print, which made the readers' regexes backtrack for minutes: every
# one must read in linear time.
LONG_LINES = {
    "prose": ("the quick brown fox jumps " * 1_600)[:40_000],  # 33 s before
    "spaces": "loss" + " " * 40_000 + "|",  # 190 s before
    "digits": "hash " + "1" * 40_000 + "abc",  # 110 s before
    "path": "ckpt/" * 8_000,  # 80 s before
    "counter": "step" + " " * 40_000 + "|",
    "step,loss": "7" + " " * 40_000 + "|",
}


@pytest.mark.parametrize("line", LONG_LINES.values(), ids=LONG_LINES)
def test_a_long_line_reads_in_linear_time(tmp_path: Path, line: str) -> None:
    path = tmp_path / "train.log"
    path.write_text(f"{line}\nEpoch 1 - loss: 0.92\nEpoch 2 - loss: 0.81\n")
    start = time.perf_counter()
    [log] = read_logs(path)
    assert time.perf_counter() - start < 1.0
    assert log.rows == [(1, "train", {"loss": 0.92}), (2, "train", {"loss": 0.81})]


def test_a_wandb_export_is_one_log_per_run_without_its_bounds() -> None:
    logs = read_logs(RAW / "l01_gptdiverge.src.csv.gz")
    assert len(logs) == 8
    assert logs[0].format == "W&B chart export, gzip"
    assert logs[4].part == "run 'gpt2_char_to_token1729534595.422701' (5 of 8)"
    assert all(set(log.columns) == {"train"} for log in logs)
    assert logs[4].columns["train"] == "train/loss"  # never its __MIN or __MAX column


def test_a_history_list_is_at_the_steps_it_keeps_beside_it(tmp_path: Path) -> None:
    """torch-rnn's checkpoint JSON: a training loss every iteration and the validation loss
    at the iterations `val_loss_history_it` names (not at the first steps), the checkpoint's
    other keys left."""
    path = tmp_path / "checkpoint_5.json"
    path.write_text(json.dumps({
        "train_loss_history": [4.2, 3.9, 3.5, 3.1, 2.8],
        "val_loss_history": [3.6, 3.0],
        "val_loss_history_it": [2, 5],
        "opt": {"learning_rate": 0.002, "checkpoint_every": 3},
    }))  # fmt: skip
    [log] = read_logs(path)
    assert "'val_loss_history' at its 'val_loss_history_it' steps" in log.format
    assert [r for r in log.rows if r[1] == "val"] == [
        (2, "val", {"loss": 3.6}), (5, "val", {"loss": 3.0}),
    ]  # fmt: skip
    # Numbered by its epochs, a history's steps are epochs: iterations kept beside a list are
    # no steps of it.
    path.write_text(json.dumps({
        "epoch": [0, 1, 2, 3], "loss": [4.2, 3.9, 3.5, 3.1], "val_loss": [3.6, 3.0],
        "val_loss_step": [1000, 3000],
    }))  # fmt: skip
    [log] = read_logs(path)
    assert [r for r in log.rows if r[1] == "val"] == [
        (2, "val", {"loss": 3.6}), (4, "val", {"loss": 3.0}),
    ]  # fmt: skip


def test_a_json_list_of_losses_reads_as_bare_numbers(tmp_path: Path) -> None:
    # `json.dump(val_losses, f, indent=2)`: a value a line between brackets, NaN kept.
    path = tmp_path / "val_losses.json"
    path.write_text("[\n  2.371309280395508,\n  2.3593087196350098,\n  NaN\n]\n")
    [log] = read_logs(path)
    assert log.kind == "named_file" and log.columns == {"val": "val_losses.json"}
    assert comparable(log.rows) == [
        (1, "val", {"loss": 2.371309280395508}),
        (2, "val", {"loss": 2.3593087196350098}),
        (3, "val", {"loss": "nan"}),
    ]
    # A learning-rate range test's: the loss at each step of its rising lr, under its name.
    for stem, name in (
        ("dn01_lrrlars", "lars_lr_range_find_minibatch.json"),
        ("dn11_lrradam", "adam_lr_range_find_minibatch.json"),
    ):
        [log] = read_logs(shutil.copy(RAW / f"{stem}.src.json", tmp_path / name))
        assert log.rows == read_run(HOLDOUT / f"{stem}.csv")
    # ...but not in a file whose name says nothing of losses.
    with pytest.raises(LogError):
        read_logs(shutil.copy(path, tmp_path / "accuracies.json"))


@pytest.mark.parametrize(
    ("stem", "name", "run", "part"),
    [
        # Models' histories two levels down, beside their settings (`best_epoch`).
        ("am10_vaeb64", "history.json", 9, "model 'vae/vae_elbo_b64' (9 of 10)"),
        # Lists of numbers under models' names, in a file named for a training history.
        ("r07_eegaeflat", "training_history.json", 2, "model 'Classical_AE' (2 of 2)"),
        # A mean named before its split (`averageTrainLoss`) beside lists of other metrics.
        ("dl08_simplehtrslow", "summary.json", 1, None),
        # Nothing at the top but models' histories under their names: each model, not the
        # first alone (the LSTM that never left ln 2 was not read).
        ("qp04_fordlstm", "histories.json", 2, "model 'LSTM' (2 of 2)"),
    ],
)
def test_json_histories_of_models_read_each_model(
    tmp_path: Path, stem: str, name: str, run: int, part: str | None
) -> None:
    logs = read_logs(shutil.copy(RAW / f"{stem}.src.json", tmp_path / name))
    assert logs[run - 1].part == part
    assert logs[run - 1].rows == read_run(HOLDOUT / f"{stem}.csv")


def test_a_json_object_keyed_by_epoch_reads_its_records_in_epoch_order(tmp_path: Path) -> None:
    """A loop's `history[epoch] = {"train_loss": ..., "val_loss": ...}` dumped as JSON (rh01's
    `losses.json`, refused before): a record an epoch, in the order of the numbers, not of the
    keys (`"10"` before `"2"` in the file)."""
    [log] = read_logs(shutil.copy(RAW / "rh01_yoho96.src.json", tmp_path / "losses.json"))
    assert log.format == "JSON records keyed by epoch (step = epoch)"
    assert log.rows == read_run(HOLDOUT / "rh01_yoho96.csv")
    path = tmp_path / "history.json"
    path.write_text(json.dumps({"10": {"loss": 0.5}, "2": {"loss": 0.9, "val_loss": 1.0}}))
    [log] = read_logs(path)
    assert log.rows == [(2, "train", {"loss": 0.9}), (2, "val", {"loss": 1.0}),
                        (10, "train", {"loss": 0.5})]  # fmt: skip
    # Keys naming the epoch (`epoch1`), the run's training time beside them (zgi01-06's
    # `stats.json`, refused).
    records = {f"epoch{e}": {"train_loss": 9.0 - e, "test_loss": 5.0 - e} for e in (1, 2, 10)}
    path.write_text(json.dumps({**records, "train_time": 5012.3}))
    [log] = read_logs(path)
    assert series_of(log) == {
        "train/loss": {1: 8.0, 2: 7.0, 10: -1.0},
        "val/loss": {1: 4.0, 2: 3.0, 10: -5.0},
    }


def test_a_json_list_of_models_records_reads_each_records_history(tmp_path: Path) -> None:
    # DonkeyCar's database.json: no step key; each record's `History` beside its settings
    # (a dict, or a Python repr string), `Infinity` kept; a record without one is no run.
    path = tmp_path / "database.json"
    path.write_text(json.dumps([
        {"Number": 0, "Name": "mypilot", "History": {"loss": [0.5, 0.4], "val_loss": [0.6, 0.5]},
         "Config": {"LEARNING_RATE": 0.001}},
        {"Number": 1, "Name": "broken", "History": None, "Config": "[('EPOCHS', 100)]"},
        {"Number": 2, "Name": "linear", "History": {"loss": [0.3], "val_loss": [float("inf")],
         "n_outputs0_loss": [0.2]}, "Config": "[('EPOCHS', 100)]"},
    ]))  # fmt: skip
    logs = read_logs(path)
    assert [log.part for log in logs] == ["record 1 of 3", "record 3 of 3"]
    assert logs[0].rows == [(1, "train", {"loss": 0.5}), (1, "val", {"loss": 0.6}),
                            (2, "train", {"loss": 0.4}), (2, "val", {"loss": 0.5})]  # fmt: skip
    assert logs[1].rows == [(1, "train", {"loss": 0.3}), (1, "val", {"loss": math.inf})]
    # Records with a step key are still read as records.
    path.write_text(json.dumps([{"epoch": 1, "loss": 0.5, "History": {"loss": [0.5]}}]))
    [log] = read_logs(path)
    assert log.kind == "jsonl" and log.rows == [(1, "train", {"loss": 0.5})]


def test_interleaved_runs_of_an_iteration_counter_are_told_apart(tmp_path: Path) -> None:
    # Two runs writing one record-keeper CSV a block at a time, the second started later: each
    # row continues the run whose last iteration is the largest below its own.
    path = tmp_path / "loss_histories.csv"
    path.write_text("~iteration~,metric_loss,total_loss\n"
                    "0,0.17,0.17\n50,0.19,0.19\n100,0.18,0.18\n"
                    "0,14.0,14.0\n50,13.0,13.0\n"
                    "150,0.21,0.21\n200,0.15,0.15\n"
                    "100,13.5,13.5\n150,11.6,11.6\n")  # fmt: skip
    logs = read_logs(path)
    assert [log.part for log in logs] == ["run 1 of 2 (lines 2-8)", "run 2 of 2 (lines 5-10)"]
    assert [[s for s, _, _ in log.rows] for log in logs] == [[0, 50, 100, 150, 200],
                                                             [0, 50, 100, 150]]  # fmt: skip
    assert logs[1].rows[0] == (0, "train", {"loss": 14.0})
    # Runs that only follow one another, and rows two runs could continue (their last
    # iterations equal), are read as before: one history, a row a step.
    for body in ("0,1.0,1.0\n50,0.9,0.9\n0,2.0,2.0\n50,1.9,1.9\n",
                 "0,1.0,1.0\n0,2.0,2.0\n50,1.9,1.9\n50,0.9,0.9\n"):  # fmt: skip
        path.write_text("~iteration~,metric_loss,total_loss\n" + body)
        [log] = read_logs(path)
        assert log.format == "Keras history (step = row)"


def test_a_wandb_run_file_reads_its_history_at_its_step() -> None:
    """A W&B offline run file (binary): its history rows at `_step` (the corpus numbered
    them from 1), `validation cost` its validation loss, NaN kept."""
    [log] = read_logs(RAW / "dn02_mlpnadamnan.src.wandb")
    assert log.kind == "jsonl" and log.format == "W&B run file (.wandb) history"
    assert log.columns == {"train": "training_loss", "val": "validation cost"}
    corpus = [
        (step - 1, split, values)
        for step, split, values in read_run(HOLDOUT / "dn02_mlpnadamnan.csv")
    ]
    assert comparable(log.rows) == comparable(corpus)


def test_a_wandb_run_file_reads_a_dict_logged_as_one_value() -> None:
    """zei01 logged `{"train": {"loss": ..., "lr": ...}, "val": {...}}` each epoch: its
    numbers read as `train/loss` and `val/loss` (refused before as a history without a loss),
    the corpus' values at `_step` (the corpus numbered epochs from 1)."""
    [log] = read_logs(RAW / "zei01_cnfjdrq.src.wandb")
    assert log.columns == {"train": "train/loss", "val": "val/loss", "lr": "train/lr"}
    corpus = [
        (step - 1, split, values)
        for step, split, values in read_run(HOLDOUT / "zei01_cnfjdrq.csv")
        if split != "lr"
    ]
    assert comparable([r for r in log.rows if r[1] != "lr"]) == comparable(corpus)


def test_a_wandb_run_file_without_a_loss_history_reads_its_console() -> None:
    """zea04's run logged no loss with wandb.log() but printed it; W&B kept the console in
    the run file, and that is read (an NGCF print, its total loss)."""
    [log] = read_logs(RAW / "zea04_eprhseft.src.wandb")
    assert log.format.endswith("in a W&B run file's console")
    corpus = read_run(HOLDOUT / "zea04_eprhseft.csv")
    assert [(s, v["loss"]) for s, _, v in log.rows[:5]] == [
        (s, v["loss"]) for s, _, v in corpus[:5]
    ]


def test_a_wandb_run_file_joins_records_cut_across_blocks() -> None:
    # 42 kB: records cut at the 32 kB block boundary are joined (gzip-compressed too).
    [log] = read_logs(RAW / "dn10_mlpadam50.src.wandb")
    assert log.points("train") == log.points("val") == 50
    [log] = read_logs(RAW / "dn08_translitadamax128.src.wandb.gz")
    assert log.format == "W&B run file (.wandb) history, gzip"
    assert log.columns == {"train": "Train loss", "val": "Val loss"} and log.points("val") == 20


def test_a_wandb_run_file_cut_short_reads_its_whole_records(tmp_path: Path) -> None:
    # A run still writing (or a copy cut short): the records before the cut; a record whose
    # checksum is wrong is dropped.
    data = bytearray((RAW / "dn10_mlpadam50.src.wandb").read_bytes()[:20_000])
    path = tmp_path / "run-rxp440pu.wandb"
    path.write_bytes(data)
    [whole] = read_logs(path)
    assert 0 < whole.points("train") < 50
    # The first history row's training loss (its summary record holds it first), 0.5527...
    # become 0.9527...: that row is dropped, never read as another number.
    at = data.rindex(b"0.5527304326390559")
    data[at + 2] = ord("9")
    path.write_bytes(data)
    [damaged] = read_logs(path)
    assert damaged.rows == [row for row in whole.rows if row[0] != 0]


def test_a_wandb_run_file_without_the_package_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "wandb.proto.wandb_internal_pb2", None)  # not installed
    with pytest.raises(LogError, match=r"run-03x9rmjv\.wandb: .*pip install 'lossmon\[wandb\]'"):
        read_logs(shutil.copy(RAW / "dn02_mlpnadamnan.src.wandb", tmp_path / "run-03x9rmjv.wandb"))


def test_a_tensorboard_export_takes_its_split_from_the_name_alone(tmp_path: Path) -> None:
    source = RAW / "l06_grustock.src.val.csv"
    for name, split in (("val_loss.csv", "val"), ("run-eval.csv", "val"), ("loss.csv", "train")):
        shutil.copy(source, tmp_path / name)
        [log] = read_logs(tmp_path / name)
        assert log.kind == "tensorboard_csv" and set(log.columns) == {split}
        assert log.format == f"TensorBoard scalar export ({split}, from the file name)"
        # 102 rows, two of them at step 1300 (after training): one point there, the later.
        assert log.points(split) == 101


def test_labelled_values_read_evaluation_lines_and_skip_summaries() -> None:
    # "Validation - loss=4.59e+00 ...": a bare loss on an evaluation line is validation.
    [log] = read_logs(RAW / "k04_brailleof.src.md")
    assert log.points("train") == log.points("val") == 300
    assert log.rows[:2] == [(1, "train", {"loss": 5.5464}), (1, "val", {"loss": 4.5969})]
    # The W&B summary after the last epoch ("wandb:  train_loss 0.00472") is no point, and a
    # label printed once ("val loss" there) names no series.
    [log] = read_logs(RAW / "k03_painnflat.src.md")
    assert log.columns == {"train": "Train Loss", "val": "Validation Loss"}
    assert log.rows[-1][0] == 650 and log.points("val") == 650


def test_values_followed_by_separating_dots_are_read_but_versions_are_not(
    tmp_path: Path,
) -> None:
    # Udacity's "Intro to Deep Learning with PyTorch", part 5: fields end in two dots.
    path = tmp_path / "out.txt"
    path.write_text(
        "Epoch: 1/30..  Training Loss: 0.517..  Test Loss: 0.441..  Test Accuracy: 0.836\n"
        "Epoch: 2/30..  Training Loss: 0.390..  Test Loss: 0.449..  Test Accuracy: 0.846\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "Training Loss", "val": "Test Loss"}
    assert log.rows == [
        (1, "train", {"loss": 0.517}), (1, "val", {"loss": 0.441}),
        (2, "train", {"loss": 0.39}), (2, "val", {"loss": 0.449}),
    ]  # fmt: skip
    # A number glued to more dots and digits is a version, no loss.
    path.write_text("loss 1.2.3 lr 0.1\nloss 1.2..4 lr 0.1\nloss 0.5 lr 0.1\nloss 0.4 lr 0.1\n")
    assert [r[2] for r in read_logs(path)[0].rows if r[1] == "train"] == [
        {"loss": 0.5}, {"loss": 0.4},
    ]  # fmt: skip


def test_values_a_spaced_dash_separates_from_their_label_are_read(tmp_path: Path) -> None:
    # segmentation_models_pytorch's TrainEpoch/ValidEpoch print `name - value` in their bars.
    path = tmp_path / "out.txt"
    bar = "100%|##########| 20/20 [05:39<00:00, 16.97s/it, dice_loss - {}, iou_score - 0.5]"
    path.write_text(
        f"Epoch: 0\ntrain: {bar.format(0.7864)}\nvalid: {bar.format(0.751)}\nModel saved!\n"
        f"Epoch: 1\ntrain: {bar.format(0.7149)}\nvalid: {bar.format(0.7072)}\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "dice_loss", "val": "dice_loss"}
    assert log.rows == [
        (1, "train", {"loss": 0.7864}), (1, "val", {"loss": 0.751}),
        (2, "train", {"loss": 0.7149}), (2, "val", {"loss": 0.7072}),
    ]  # fmt: skip
    # A counter spaced the same way numbers the epochs (`Epoch - 01`).
    path.write_text(
        "Epoch - 01\nTrain Loss - 1.1061 | Train Acc - 0.3198\nValid loss - 0.9486\n"
        "Epoch - 02\nTrain Loss - 0.8093 | Train Acc - 0.4837\nValid loss - 0.7773\n"
    )
    [log] = read_logs(path)
    assert [r[:2] + (r[2]["loss"],) for r in log.rows] == [
        (1, "train", 1.1061), (1, "val", 0.9486), (2, "train", 0.8093), (2, "val", 0.7773),
    ]  # fmt: skip
    # A hyphen glued to both (MGraphDTA's and GIGN's logger) separates them too; a sign
    # after a space is still a sign, and a file named by its epoch numbers none.
    path.write_text(
        "2022-11-22 04:46:24 - INFO - epoch-0, train_loss-2.9, valid_rmse-1.7, val_loss-3.1\n"
        "2022-11-22 04:46:59 - INFO - saved epoch-7.pt\n"
        "2022-11-22 04:47:01 - INFO - epoch-1, train_loss-2.8, valid_rmse-1.6, val_loss-3.0\n"
    )
    [log] = read_logs(path)
    assert [r[:2] + (r[2]["loss"],) for r in log.rows] == [
        (1, "train", 2.9), (1, "val", 3.1), (2, "train", 2.8), (2, "val", 3.0),
    ]  # fmt: skip
    path.write_text("step 1 loss -0.5\nstep 2 loss -0.25\n")
    assert [r[2] for r in read_logs(path)[0].rows] == [{"loss": -0.5}, {"loss": -0.25}]
    # Keras' fields stay fields: the dash before a label separates it from the value before.
    path.write_text(
        "Epoch 1/2\n10/10 [====] - 2s 5ms/step - loss: 0.9 - val_loss: 1.1\n"
        "Epoch 2/2\n10/10 [====] - 1s 5ms/step - loss: 0.7 - val_loss: 1.0\n"
    )
    [log] = read_logs(path)
    assert [r[:2] + (r[2]["loss"],) for r in log.rows] == [
        (1, "train", 0.9), (1, "val", 1.1), (2, "train", 0.7), (2, "val", 1.0),
    ]  # fmt: skip


def _losses_read(folder: Path, text: str) -> list[tuple[int, str, float]]:
    """Return (step, split, loss) of the first run read from `text` as `folder/out.txt`."""
    path = folder / "out.txt"
    path.write_text(text)
    return [r[:2] + (r[2]["loss"],) for r in read_logs(path)[0].rows if r[1] != "lr"]


def test_dashes_that_separate_no_label_from_its_value_are_read_as_before(tmp_path: Path) -> None:
    read = functools.partial(_losses_read, tmp_path)
    # A split's word before a name with a number still scopes the line (`BLEU-4` is no pair).
    assert read(
        "step 100 loss 2.9\neval BLEU-4 20.1 loss 2.5\n"
        "step 200 loss 2.4\neval BLEU-4 22.1 loss 2.3\n"
    ) == [(100, "train", 2.9), (100, "val", 2.5), (200, "train", 2.4), (200, "val", 2.3)]
    # Code in a traceback is no value (`loss - 0.1 * kl`) and no counter (`epoch - 1`).
    assert read(
        "step 100 | loss 2.3\nstep 200 | loss 1.9\nstep 300 | loss 1.5\n"
        "    loss = loss - 0.1 * kl\n"
    ) == [(100, "train", 2.3), (200, "train", 1.9), (300, "train", 1.5)]
    relaunched = read(
        "[1/3] Train Loss: 0.95, Val Loss: 1.10\n[2/3] Train Loss: 0.85, Val Loss: 1.00\n"
        "    start_epoch = epoch - 1\n"
        "[1/3] Train Loss: 0.90, Val Loss: 1.05\n[2/3] Train Loss: 0.80, Val Loss: 0.95\n"
    )
    assert relaunched[:2] == [(1, "train", 0.95), (1, "val", 1.1)]
    # A time after a split's word is no value of the split.
    assert read(
        "Epoch 1\nTrain - 12:00:01 - loss: 0.90\nValid - 12:00:05 - loss: 1.00\n"
        "Epoch 2\nTrain - 12:01:01 - loss: 0.80\nValid - 12:01:05 - loss: 0.95\n"
    ) == [(1, "train", 0.9), (1, "val", 1.0), (2, "train", 0.8), (2, "val", 0.95)]
    # A name after a word for a mean is taken only where no name starts with the split.
    path = tmp_path / "out.txt"
    path.write_text(
        "".join(
            f"Epoch {e} avg_train_kl_loss: 0.1 train_total_loss: {v} valid_loss: 1.0\n"
            for e, v in ((1, 0.9), (2, 0.8))
        )
    )
    assert read_logs(path)[0].columns["train"] == "train_total_loss"
    # A negative value glued to its label's hyphen, and a line printed twice by two ranks
    # before the log (no CSV header written again).
    assert read(
        "Files already downloaded and verified, rank ready\n"
        * 2
        + "[0.1, 0.2]\nepoch-0, train_loss-0.1000, valid_loss-0.3000\n"
        "epoch-1, train_loss--0.0500, valid_loss-0.2000\n"
    ) == [(1, "train", 0.1), (1, "val", 0.3), (2, "train", -0.05), (2, "val", 0.2)]


def test_a_loss_printed_as_two_splits_with_a_slash_is_both(tmp_path: Path) -> None:
    read = functools.partial(_losses_read, tmp_path)
    # `Loss: train/val` (a Kaggle notebook's epoch line), training's value first.
    assert read(
        "Epoch 01/30 | Loss: 1.0256/1.3437 | Acc: 0.424 | LR: 0.000200 | Time: 104s\n"
        "Epoch 02/30 | Loss: 1.0143/1.4766 | Acc: 0.425 | LR: 0.000300 | Time: 104s\n"
    ) == [(1, "train", 1.0256), (1, "val", 1.3437), (2, "train", 1.0143), (2, "val", 1.4766)]
    # The label may name the splits, in either order.
    assert read(
        "Epoch [1/50] | Loss (train/val): 0.9226/0.6834  | Acc (train/val): 0.13/0.15\n"
        "Epoch [2/50] | Loss (train/val): 0.5430/0.6102  | Acc (train/val): 0.13/0.14\n"
    ) == [(1, "train", 0.9226), (1, "val", 0.6834), (2, "train", 0.543), (2, "val", 0.6102)]
    assert read(
        "Epoch 1 | Loss (val/train): 0.70/0.90\nEpoch 2 | Loss (val/train): 0.60/0.50\n"
    ) == [(1, "train", 0.9), (1, "val", 0.7), (2, "train", 0.5), (2, "val", 0.6)]
    # A counter's total is no second split, nor a count after a slash.
    assert read("loss: 0.9 step 1/100\nloss: 0.8 step 2/100\n") == [
        (1, "train", 0.9), (2, "train", 0.8),
    ]  # fmt: skip
    assert read("epoch 1 loss 0.9/10 batches\nepoch 2 loss 0.8/10 batches\n") == [
        (1, "train", 0.9), (2, "train", 0.8),
    ]  # fmt: skip
    # Nor a value of one split, or a value beside its running mean or best.
    assert read("Epoch 1 val_loss: 0.5/0.6\nEpoch 2 val_loss: 0.4/0.6\n") == [
        (1, "val", 0.5), (2, "val", 0.4),
    ]  # fmt: skip
    assert read("step 1 loss 2.3/2.1 (cur/avg)\nstep 2 loss 1.9/2.0 (cur/avg)\n") == [
        (1, "train", 2.3), (2, "train", 1.9),
    ]  # fmt: skip
    # Nor a loss's parts listed with slashes (a GAN's `Loss_G: total / content / adversarial`).
    assert read(
        "[0/201][0/506] Loss_D: 1.5204 Loss_G: 0.4651 / 14.6980 / 13.9863 /14.2340\n"
        "[0/201][1/506] Loss_D: 1.5390 Loss_G: 0.4879 / 11.5224 / 10.9707 /11.1446\n"
    ) == [(1, "train", 1.5204), (2, "train", 1.539)]


def test_a_number_with_a_fraction_after_epoch_is_no_counter(tmp_path: Path) -> None:
    # A heterogeneous-graph trainer prints each epoch's time in seconds after `this epoch`.
    path = tmp_path / "run.log"
    path.write_text(
        "".join(
            f"(T) | Epoch={e:03d}, loss={v}, con=8.2, this epoch {t}, total {t * e:.4f}\n"
            for e, v, t in ((1, 10.8031, 267.2518), (2, 9.9406, 181.109), (3, 9.3639, 160.8258))
        )
    )
    [log] = read_logs(path)
    assert [r[:2] + (r[2]["loss"],) for r in log.rows] == [
        (1, "train", 10.8031), (2, "train", 9.9406), (3, "train", 9.3639),
    ]  # fmt: skip
    # Alone on its line, an epoch with a fraction is still the epoch's count (`iter 5000 <=>
    # epoch 0.0075`: the iteration numbers the steps).
    path.write_text(
        "iter 0 <=> epoch 0 | train loss 4.1375 | val loss 4.1375:\n"
        "iter 5000 <=> epoch 0.0074 | train loss 0.7034 | val loss 0.7038:\n"
        "iter 10000 <=> epoch 0.0149 | train loss 0.6822 | val loss 0.6852:\n"
    )
    [log] = read_logs(path)
    assert [r[0] for r in log.rows if r[1] == "train"] == [0, 5000, 10000]


def test_a_printed_table_whose_best_values_are_coloured_reads_them(tmp_path: Path) -> None:
    # nolearn's table: each new best train and valid loss painted blue and green.
    path = tmp_path / "out.txt"
    rows = [(1, "\x1b[94m  2.204276\x1b[0m", "\x1b[32m  1.698991\x1b[0m"),
            (2, "\x1b[94m  1.164265\x1b[0m", "  1.700302"),
            (3, "\x1b[94m  0.631630\x1b[0m", "\x1b[32m  0.764123\x1b[0m")]  # fmt: skip
    path.write_text(
        " Epoch  |  Train loss  |  Valid loss  |  Train / Val  |  Dur\n"
        "--------|--------------|--------------|---------------|-------\n"
        + "".join(f"     {e}  |  {tr}  |  {va}  |     1.297403  |  0.0s\n" for e, tr, va in rows)
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "Train loss", "val": "Valid loss"}
    assert [r for r in log.rows if r[1] == "val"] == [
        (1, "val", {"loss": 1.698991}), (2, "val", {"loss": 1.700302}),
        (3, "val", {"loss": 0.764123}),
    ]  # fmt: skip


def test_a_sentence_transformers_model_cards_training_logs_with_dashes(tmp_path: Path) -> None:
    # "-" where a value was not logged at that step: an empty cell, not a refused table.
    path = tmp_path / "README.md"
    path.write_text(
        "### Training Logs\n"
        "| Epoch  | Step | Training Loss | Validation Loss | cosine_ndcg@10 |\n"
        "|:------:|:----:|:-------------:|:---------------:|:--------------:|\n"
        "| 0      | 0    | -             | -               | 0.6416         |\n"
        "| 0.5556 | 100  | 0.1112        | -               | -              |\n"
        "| 1.0    | 180  | -             | 0.0944          | 0.6814         |\n"
        "| 1.1111 | 200  | 0.0784        | -               | -              |\n"
        "| 2.0    | 360  | -             | 0.0833          | 0.7027         |\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "Training Loss", "val": "Validation Loss"}
    assert log.rows == [
        (100, "train", {"loss": 0.1112}), (180, "val", {"loss": 0.0944}),
        (200, "train", {"loss": 0.0784}), (360, "val", {"loss": 0.0833}),
    ]  # fmt: skip
    # A `-` under the steps marks a summary row (the mean of the epochs above): no step.
    path.write_text(
        "| Epoch | Train Loss | Val Loss |\n|-------|------------|----------|\n"
        "| 1     | 0.512      | 0.601    |\n| 2     | 0.431      | 0.553    |\n"
        "| 3     | 0.388      | 0.540    |\n| -     | 0.444      | 0.565    |\n"
    )
    [log] = read_logs(path)
    assert [r[:2] for r in log.rows][-2:] == [(3, "train"), (3, "val")] and len(log.rows) == 6


def test_labelled_values_count_steps_where_the_counter_repeats() -> None:
    # "epoch:  0 loss:  0.686" once per batch: the epoch is no step, the value count is.
    [log] = read_logs(RAW / "o12_bertbatchnoisy.src.txt")
    assert log.format == "labelled values log (step = train value count)"
    assert [step for step, _, _ in log.rows[:3]] == [1, 2, 3]
    # "Epoch 0 | Train Loss ..." counts epochs from 0: step = epoch + 1, as for Keras.
    [log] = read_logs(RAW / "o01_mtsgdcrawl.src.log")
    assert log.format == "labelled values log (step = epoch + 1)" and log.rows[0][0] == 1


def test_a_printed_step_repeated_now_and_then_is_still_the_step() -> None:
    """y07 prints one global STEP for two epochs 19 times in 1019 lines: the printed step,
    each repeated one keeping its later value (the corpus kept the first)."""
    [log] = read_logs(RAW / "y07_neuralfield3d.src.log.gz")
    assert log.format == (
        "labelled values log (step = printed step; 19 printed again, their last value kept), gzip"
    )
    corpus = read_run(HOLDOUT / "y07_neuralfield3d.csv")
    assert [r[:2] for r in log.rows] == [r[:2] for r in corpus]
    differ = [step for (step, _, v), (_, _, c) in zip(log.rows, corpus, strict=True) if v != c]
    assert len(differ) == 19 and differ[:2] == [2091, 4141]
    assert (2091, "train", {"loss": 0.2865}) in log.rows  # EPOCH 51's, not EPOCH 50's 0.3076


def test_a_step_inherited_by_a_line_without_its_own_is_no_repeat(tmp_path: Path) -> None:
    # `epoch_end=1` prints no counter: its values would take step 400 again. The values are
    # counted, as before, rather than one overwriting the other.
    path = tmp_path / "train.log"
    path.write_text(
        "epoch=1 step=200 train_loss=0.36 val_loss=0.31\n"
        "epoch=1 step=400 train_loss=0.30 val_loss=0.15\n"
        "epoch_end=1 train_loss=0.29 val_loss=0.16\n"
        "epoch=2 step=600 train_loss=0.10 val_loss=0.14\n"
    )
    [log] = read_logs(path)
    assert log.format == "labelled values log (step = train value count)"
    assert [(r[0], r[1]) for r in log.rows] == [
        (1, "train"), (1, "val"), (2, "train"), (2, "val"), (3, "train"), (3, "val"),
        (4, "train"), (4, "val"),
    ]  # fmt: skip


def test_a_loss_named_total_is_the_training_loss_among_its_parts(tmp_path: Path) -> None:
    path = tmp_path / "train.log"
    path.write_text(
        "iter 10 loss_cls: 0.50 loss_total: 1.20 loss_box: 0.70\n"
        "iter 20 loss_cls: 0.40 loss_total: 1.00 loss_box: 0.60\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "loss_total"}
    assert log.rows == [(10, "train", {"loss": 1.2}), (20, "train", {"loss": 1.0})]


def test_a_pytracking_console_takes_its_split_from_the_line_head(tmp_path: Path) -> None:
    """STARK and OSTrack open each line with `[train: E, i / N]` or `[val: E, i / N]`: the
    split's number is the epoch, never a loss (gv03, gv04 read epochs as losses before)."""
    path = tmp_path / "train.log"
    head = "FPS: 25.8 (40.3)  ,  DataTime: 0.426 (0.055)  ,  Loss/total:"
    path.write_text(
        f"[train: 1, 50 / 100] {head} 3.5  ,  Loss/giou: 1.1  ,  IoU: 0.13\n"
        f"[train: 1, 100 / 100] {head} 2.5  ,  Loss/giou: 1.0  ,  IoU: 0.15\n"
        f"[val: 1, 20 / 20] {head} 2.9  ,  Loss/giou: 1.05  ,  IoU: 0.14\n"
        f"[train: 2, 50 / 100] {head} 2.0  ,  Loss/giou: 0.9  ,  IoU: 0.2\n"
        f"[val: 2, 20 / 20] {head} 2.4  ,  Loss/giou: 0.95  ,  IoU: 0.21\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "Loss/total", "val": "Loss/total"}
    assert [(split, values["loss"]) for _, split, values in log.rows] == [
        ("train", 3.5), ("train", 2.5), ("val", 2.9), ("train", 2.0), ("val", 2.4)
    ]  # fmt: skip


def test_a_dev_nll_is_the_validation_loss_at_its_evaluation_step(tmp_path: Path) -> None:
    """The CS224N SQuAD starter logs only its dev-set evaluations (gz02-gz06 were refused)."""
    path = tmp_path / "log.txt"
    path.write_text(
        "[03.04.21 23:13:32] Starting epoch 1...\n"
        "[03.04.21 23:39:19] Evaluating at step 50048...\n"
        "[03.04.21 23:39:56] Dev NLL: 05.36, F1: 52.19, EM: 52.19, AvNA: 52.14\n"
        "[03.05.21 00:21:48] Starting epoch 2...\n"
        "[03.05.21 00:32:13] Evaluating at step 100096...\n"
        "[03.05.21 00:32:50] Dev NLL: 04.66, F1: 48.64, EM: 48.04, AvNA: 52.56\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"val": "Dev NLL"}
    assert log.rows == [(50048, "val", {"loss": 5.36}), (100096, "val", {"loss": 4.66})]


def test_a_dev_set_line_scopes_its_loss_as_validation(tmp_path: Path) -> None:
    """A CS230 project's logger (um01): `- Train metrics: ... ; loss: X` at its batches and
    `- Dev set average metrics: ... ; loss: Y` after each epoch. The dev set is the validation
    set (its loss was read as training's, and the run had no validation); a `dev` folder of a
    path says nothing of the values after it."""
    path = tmp_path / "train.log"
    head = "2018-11-28 05:35:13,854:INFO: Batch: "
    path.write_text(
        f"{head}0 : - Train metrics: accuracy: 0.0000 ; Hloss: 0.1652 ; loss: 0.2893\n"
        f"{head}921 : - Train metrics: accuracy: 0.2500 ; Hloss: 0.0625 ; loss: 0.0848\n"
        f"{head}49 : - Dev set average metrics: accuracy: 0.3550 ; Hloss: 0.0361 ; loss: 0.0339\n"
        f"{head}0 : - Train metrics: accuracy: 0.3000 ; Hloss: 0.0400 ; loss: 0.0293\n"
        f"{head}921 : - Train metrics: accuracy: 0.3500 ; Hloss: 0.0325 ; loss: 0.0348\n"
        f"{head}49 : - Dev set average metrics: accuracy: 0.3650 ; Hloss: 0.0361 ; loss: 0.0319\n"
    )
    [log] = read_logs(path)
    assert [(split, v["loss"]) for _, split, v in log.rows if split == "val"] == [
        ("val", 0.0339), ("val", 0.0319)
    ]  # fmt: skip
    assert [v["loss"] for _, split, v in log.rows if split == "train"] == [
        0.2893, 0.0848, 0.0293, 0.0348
    ]  # fmt: skip
    # `mode=dev` is a setting's value, not the split of the loss after it.
    setting = tmp_path / "setting.log"
    setting.write_text(
        "".join(f"step {n} mode=dev acc: 0.510 loss: {1.0 / n:.4f}\n" for n in range(1, 21))
    )
    [log] = read_logs(setting)
    assert {split for _, split, _ in log.rows} == {"train"} and len(log.rows) == 20
    data = tmp_path / "data.log"
    data.write_text(
        "".join(
            f"step {n}: loading /data/dev/part{n}.bin ; loss: {1.0 / n:.4f}\n" for n in range(1, 9)
        )
    )
    [log] = read_logs(data)
    assert {split for _, split, _ in log.rows} == {"train"}


def test_named_lists_of_records_are_runs_unless_they_share_their_steps(tmp_path: Path) -> None:
    """A project's `train_loss_curves.json` holds one list of step records per model (wo03,
    wo04, wo07: refused before), each a run; a run's `train_history` and `val_history` at the
    same epochs are its splits, not two runs, and stay refused as before rather than read as
    two training runs."""
    models = tmp_path / "train_loss_curves.json"
    models.write_text(
        json.dumps(
            {
                "ae_val_loss": [{"step": 5000 * n, "val_loss": 1.0 / n} for n in range(1, 5)],
                "diff_train_loss": [{"step": 100 * n, "loss": 2.0 / (n + 1)} for n in range(8)],
            }
        )
    )
    ae, diff = read_logs(models)
    assert [split for _, split, _ in ae.rows] == ["val"] * 4 and ae.part == "list 1 of 2"
    assert [split for _, split, _ in diff.rows] == ["train"] * 8
    splits = tmp_path / "history.json"
    splits.write_text(
        json.dumps(
            {
                "train_history": [{"epoch": n, "loss": 1.0 / n} for n in range(1, 9)],
                "val_history": [{"epoch": n, "loss": 1.2 / n} for n in range(1, 9)],
            }
        )
    )
    with pytest.raises(LogError):
        read_logs(splits)


def test_json_lines_of_epochs_are_split_where_the_epoch_goes_back(tmp_path: Path) -> None:
    """BLIP's and ALBEF's log.txt appends each launch's epochs (gq02 was read as one series),
    each launch read on the loss the whole file's keys give (a launch with its parts first
    too)."""
    path = tmp_path / "log.txt"
    path.write_text(
        '{"train_lr": "0.000003", "train_loss_lm": "0.5", "epoch": 0}\n'
        '{"train_lr": "0.000003", "train_loss_lm": "0.4", "epoch": 1}\n'
        '{"train_index_loss_lm": "0.2", "train_loss_lm": "0.3", "epoch": 0}\n'
        '{"train_index_loss_lm": "0.1", "train_loss_lm": "0.2", "epoch": 1}\n'
    )
    logs = read_logs(path)
    assert [log.part for log in logs] == ["launch 1 of 2", "launch 2 of 2"]
    assert [log.columns["train"] for log in logs] == ["train_loss_lm", "train_loss_lm"]
    assert [[r for r in log.rows if r[1] == "train"] for log in logs] == [
        [(1, "train", {"loss": 0.5}), (2, "train", {"loss": 0.4})],
        [(1, "train", {"loss": 0.3}), (2, "train", {"loss": 0.2})],
    ]


def test_batches_restarting_after_each_epoch_summary_give_way_to_it(tmp_path: Path) -> None:
    """Graph WaveNet prints `Iter: NNN, Train Loss` per batch, its counter restarting after
    each epoch's `Epoch: NNN, Train Loss, Valid Loss` (gx02 was read as 229 runs)."""
    path = tmp_path / "train.log"
    path.write_text(
        "Iter: 000, Train Loss: 4411.1689, Train MAPE: 9.6851\n"
        "Iter: 050, Train Loss: 1987.8134, Train MAPE: 5.5025\n"
        "Epoch: 001, Inference Time: 5.9461 secs\n"
        "Epoch: 001, Train Loss: 1797.8316, Train MAPE: 4.9978, Valid Loss: 1938.3875\n"
        "Iter: 000, Train Loss: 1730.9531, Train MAPE: 4.8520\n"
        "Iter: 050, Train Loss: 1911.2157, Train MAPE: 5.3172\n"
        "Epoch: 002, Train Loss: 1673.3188, Train MAPE: 4.6775, Valid Loss: 1860.8787\n"
        "Iter: 000, Train Loss: 1737.7561, Train MAPE: 4.8705\n"
    )
    [log] = read_logs(path)
    assert log.rows == [
        (1, "train", {"loss": 1797.8316}),
        (1, "val", {"loss": 1938.3875}),
        (2, "train", {"loss": 1673.3188}),
        (2, "val", {"loss": 1860.8787}),
    ]


def test_a_keras_bar_without_values_is_not_the_epochs(tmp_path: Path) -> None:
    """Keras 3 in colour, a callback's predict() bar under each epoch's heading before the
    epoch's own bar (gs01 was refused: the epoch's bar was taken for an evaluate())."""
    path = tmp_path / "fit.log"
    bar = "\x1b[32m━━━━━━━━━━━━━━━━━━━━\x1b[0m\x1b[37m\x1b[0m"
    path.write_text(
        "".join(
            f"Epoch {e}/2\n\x1b[1m1/1\x1b[0m {bar} \x1b[1m1s\x1b[0m 620ms/step\n"
            f"\x1b[1m16/16\x1b[0m {bar} \x1b[1m55s\x1b[0m 2s/step - loss: {loss} - psnr: 9.87"
            f" - val_loss: {val} - val_psnr: 11.24\n"
            for e, loss, val in ((1, 0.1071, 0.0816), (2, 0.0647, 0.0660))
        )
    )
    [log] = read_logs(path)
    assert log.rows == [
        (1, "train", {"loss": 0.1071}),
        (1, "val", {"loss": 0.0816}),
        (2, "train", {"loss": 0.0647}),
        (2, "val", {"loss": 0.066}),
    ]


def test_missing_cells_are_no_values_but_nan_is_one(tmp_path: Path) -> None:
    path = tmp_path / "history.csv"
    path.write_text("epoch,loss,val_loss\n0,0.9,NA\n1,0.8,nan\n2,0.7,N/A\n3,NA,0.6\n")
    [log] = read_logs(path)
    assert comparable(log.rows) == [
        (1, "train", {"loss": 0.9}),
        (2, "train", {"loss": 0.8}),
        (2, "val", {"loss": "nan"}),
        (3, "train", {"loss": 0.7}),
        (4, "val", {"loss": 0.6}),
    ]
    # A column of NA alone is no series.
    path.write_text("epoch,loss,val_loss\n0,0.9,NA\n1,0.8,NA\n")
    assert read_logs(path)[0].columns == {"train": "loss"}


def test_deepxde_loss_dat_sums_its_terms_on_train_and_test_points(tmp_path: Path) -> None:
    path = tmp_path / "loss.dat"
    # Two loss terms, one metric: step, 2 train terms, 2 test terms, the metric.
    path.write_text(
        "# step, loss_train, loss_test, metrics_test\n"
        "0.000000000000000000e+00 1.0e+00 2.5e-01 1.5e+00 5.0e-01 9.0e-01\n"
        "1.000000000000000000e+03 1.0e-02 2.5e-03 2.0e-02 5.0e-03 1.0e-01\n"
    )
    [log] = read_logs(path)
    assert log.kind == "deepxde_loss" and log.format == "DeepXDE loss.dat (2 loss terms summed)"
    assert log.rows == [
        (0, "train", {"loss": 1.25}),
        (0, "val", {"loss": 2.0}),
        (1000, "train", {"loss": 0.0125}),
        (1000, "val", {"loss": 0.025}),
    ]
    # Without a metric (an odd count after the step): three terms each.
    path.write_text("# step, loss_train, loss_test, metrics_test\n0 1 1 1 2 2 2\n10 1 1 0 2 2 1\n")
    assert read_logs(path)[0].rows[-2:] == [
        (10, "train", {"loss": 2.0}),
        (10, "val", {"loss": 5.0}),
    ]
    # The real file of a PINN (held-out ap04): four terms and the relative error.
    [log] = read_logs(RAW / "ap04_deepxdeode.src.dat")
    assert log.points("train") == log.points("val") == 21


def test_a_gan_loss_log_reads_the_generators_objective_at_images_seen(tmp_path: Path) -> None:
    path = tmp_path / "loss_log.txt"
    path.write_text(
        "================ Training Loss (Tue Mar 19 00:36:42 2019) ================\n"
        "(epoch: 1, iters: 100, time: 0.125, data: 16.282) G_GAN: 3.394 G_L1: 19.781 D_real: "
        "0.156 D_fake: 0.234 \n"
        "(epoch: 1, iters: 200, time: 0.125, data: 0.003) G_GAN: 2.351 G_L1: 13.209 D_real: "
        "0.630 D_fake: 0.999 \n"
        "(epoch: 2, iters: 100, time: 0.125, data: 0.003) G_GAN: 2.000 G_L1: 10.000 D_real: "
        "0.500 D_fake: 0.500 \n"
        "================ Training Loss (Tue Mar 19 09:00:00 2019) ================\n"
        "(epoch: 2, iters: 100, time: 0.125, data: 0.003) G_GAN: 1.000 G_L1: 9.000 D_real: "
        "0.500 D_fake: 0.500 \n"
    )
    [log] = read_logs(path)
    assert log.kind == "gan_loss_log" and log.columns == {"train": "G_GAN + G_L1"}
    # iters restart each epoch: epoch 2 begins where epoch 1's last iters left off; a restart
    # that logs epoch 2 again replaces its points.
    assert [(s, round(v["loss"], 6)) for s, _, v in log.rows] == [
        (100, 23.175), (200, 15.56), (300, 10.0),
    ]  # fmt: skip
    # CycleGAN (old logs print no data time): both generators' terms, neither D.
    path.write_text(
        "(epoch: 1, iters: 1, time: 0.5) D_A: 0.4 G_A: 0.9 cycle_A: 2.0 idt_A: 1.0 D_B: 0.3 "
        "G_B: 0.8 cycle_B: 1.5 idt_B: 0.5 \n"
        "(epoch: 1, iters: 2, time: 0.5) D_A: 0.4 G_A: 1.0 cycle_A: 2.0 idt_A: 1.0 D_B: 0.3 "
        "G_B: 0.8 cycle_B: 1.5 idt_B: 0.5 \n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "G_A + cycle_A + idt_A + G_B + cycle_B + idt_B"}
    assert [round(v["loss"], 6) for _, _, v in log.rows] == [6.7, 6.8]
    # A distributed fork's: its rank before each line, a comma after each value.
    path.write_text(
        "[Rank 0] (epoch: 1, iters: 20, time: 0.087, data: 0.027) , D_A: 3.346, G_A: 4.885, "
        "cycle_A: 5.546, D_B: 2.009, G_B: 1.640, cycle_B: 6.086, clip_style_AtoB: 7.871\n\n"
        "[Rank 0] (epoch: 2, iters: 20, time: 0.087, data: 0.020) , D_A: 1.423, G_A: 1.970, "
        "cycle_A: 4.545, D_B: 0.889, G_B: 0.924, cycle_B: 3.689, clip_style_AtoB: 7.977\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "G_A + cycle_A + G_B + cycle_B + clip_style_AtoB"}
    assert [(s, round(v["loss"], 6)) for s, _, v in log.rows] == [(20, 26.028), (40, 19.105)]
    # The held-out fe02 (such a fork's loss_log.txt) at its corpus steps.
    [log] = read_logs(RAW / "fe02_inkclipda.src.txt")
    corpus = read_run(HOLDOUT / "fe02_inkclipda.csv")
    assert [r[:2] for r in log.rows] == [r[:2] for r in corpus]


def test_chainer_logreport_reads_main_and_validation_losses(tmp_path: Path) -> None:
    path = tmp_path / "log"
    path.write_text(
        '[{"main/loss": 0.86, "validation/main/loss": 0.95, "iteration": 9, "epoch": 1,'
        ' "main/accuracy": 0.47},\n'
        ' {"main/loss": 0.81, "validation/main/loss": 0.90, "iteration": 17, "epoch": 2}]'
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "main/loss", "val": "validation/main/loss"}
    assert log.rows == [
        (9, "train", {"loss": 0.86}), (9, "val", {"loss": 0.95}),
        (17, "train", {"loss": 0.81}), (17, "val", {"loss": 0.90}),
    ]  # fmt: skip
    # A GAN's LogReport: its losses named by their part, the first read.
    path.write_text(
        '[{"epoch": 0, "gen/loss": 1.46, "dis/loss": 1.69, "iteration": 100},'
        ' {"epoch": 0, "gen/loss": 1.02, "dis/loss": 1.38, "iteration": 200}]'
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "gen/loss"} and log.points("train") == 2


def test_a_counter_named_after_the_loss_is_never_read_as_the_loss(tmp_path: Path) -> None:
    path = tmp_path / "loss.txt"
    path.write_text(
        "".join(
            f"Loss at epoch {e} and iteration {i} is 0.{9 - e}{i}\n"
            for e in range(3)
            for i in range(3)
        )  # fmt: skip
    )
    with pytest.raises(LogError, match="not a training log lossmon can read"):
        read_logs(path)  # the epoch numbers were read as the loss


def test_tensor_reprs_read_as_their_numbers(tmp_path: Path) -> None:
    path = tmp_path / "losses.csv"
    path.write_text(
        "Epoch,Train_loss,Val_loss\n"
        '1,"tensor(3.1304, device=\'cuda:0\', grad_fn=<DivBackward0>)","tensor(2.9495, '
        "device='cuda:0')\"\n"
        '2,"tensor(3.0639, device=\'cuda:0\', grad_fn=<DivBackward0>)","tensor(nan)"\n'
    )
    [log] = read_logs(path)
    assert comparable(log.rows) == [
        (1, "train", {"loss": 3.1304}), (1, "val", {"loss": 2.9495}),
        (2, "train", {"loss": 3.0639}), (2, "val", {"loss": "nan"}),
    ]  # fmt: skip
    path = tmp_path / "train.log"
    path.write_text("epoch 1 loss: tensor(0.5311, device='cuda:0')\nepoch 2 loss: tensor(0.4)\n")
    assert read_logs(path)[0].rows == [(1, "train", {"loss": 0.5311}), (2, "train", {"loss": 0.4})]


def test_a_gbk_log_reads_as_its_text_and_binary_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "train_log.txt"
    path.write_bytes("训练 ┃ epoch 1 | loss: 0.9\n训练 ┃ epoch 2 | loss: 0.8\n".encode("gbk"))
    assert read_logs(path)[0].rows == [(1, "train", {"loss": 0.9}), (2, "train", {"loss": 0.8})]
    path.write_bytes(b"epoch 1 loss 0.9\x00\x01\xff\xfe binary")
    with pytest.raises(LogError, match="not a text file"):
        read_logs(path)


def test_yolo_results_txt_without_validation_and_with_appended_runs(tmp_path: Path) -> None:
    row = "{e:>8}/2     1.15G    0.1162     0.056         0    0.1722        49       448" + (
        "         0" * 7
    )
    path = tmp_path / "results.txt"
    path.write_text("\n".join(row.format(e=e) for e in (0, 1, 2, 0, 1, 2)) + "\n")
    logs = read_logs(path)
    assert [log.part for log in logs] == ["run 1 of 2 (lines 1-3)", "run 2 of 2 (lines 4-6)"]
    # Validation columns at 0 throughout: no validation (not a loss of 0).
    assert all(log.columns == {"train": "box"} and log.points("val") == 0 for log in logs)


def test_sentdexs_model_log_reads_each_launch_and_refuses_other_columns(tmp_path: Path) -> None:
    path = tmp_path / "model.log"
    path.write_text(
        "model-1604203437,1604203437,in_sample,0.51,0.25\n"  # the lesson's demonstration
        "model-1604203592,1604203592.1,0.5,0.2501,0.53,0.2479\n"
        "model-1604203592,1604203592.2,0.49,nan,0.52,0.2485\n"
        "model1646324752, 1646324752.99, 0, 0.47, 0.2502, 0.47, 0.2514\n"  # epoch added
    )
    demo, run, epochs = read_logs(path)
    assert demo.rows == [(1, "train", {"loss": 0.25})] and demo.columns == {"train": "loss"}
    assert run.part == "run 2 of 3, model-1604203592 (lines 2-3)"
    assert run.rows[:2] == [(1, "train", {"loss": 0.2501}), (1, "val", {"loss": 0.2479})]
    assert math.isnan(run.rows[2][2]["loss"])
    assert epochs.rows == [(1, "train", {"loss": 0.2502}), (1, "val", {"loss": 0.2514})]
    # Accuracies outside 0..1 are not the tutorial's columns: not read as its losses.
    path.write_text("model-1604203592,1604203592.1,3.5,0.2501,7.53,0.2479\n")
    with pytest.raises(LogError):
        read_logs(path)


def test_sentdexs_model_log_with_the_epoch_last_and_a_line_cut_short(tmp_path: Path) -> None:
    # The lesson's own layout writes the epoch (an integer) after val_loss; a file read while
    # the loop writes it may end mid-line.
    path = tmp_path / "model.log"
    path.write_text(
        "model-1570499915,1570499921.482,0.12,0.2511,0.09,0.2502,0\n"
        "model-1570499915,1570499924.113,0.45,0.1832,0.41,0.1901,1\n"
        "model-1570499915,1570499926.7"
    )
    [log] = read_logs(path)
    assert log.rows == [
        (1, "train", {"loss": 0.2511}), (1, "val", {"loss": 0.2502}),
        (2, "train", {"loss": 0.1832}), (2, "val", {"loss": 0.1901}),
    ]  # fmt: skip


def test_an_rl_progress_csv_steps_by_environment_steps_on_its_value_loss(tmp_path: Path) -> None:
    path = tmp_path / "progress.csv"
    # stable-baselines3 A2C: a signed policy loss first, the value loss after it.
    path.write_text(
        "time/total_timesteps,train/policy_loss,train/value_loss,train/learning_rate\n"
        "2000,-7.66,201.7,0.0007\n4000,3.1,150.2,0.0007\n"
    )
    [log] = read_logs(path)
    assert log.format == "RL progress.csv (step = time/total_timesteps)"
    assert log.columns == {"train": "train/value_loss", "lr": "train/learning_rate"}
    assert [r for r in log.rows if r[1] == "train"] == [
        (2000, "train", {"loss": 201.7}), (4000, "train", {"loss": 150.2}),
    ]  # fmt: skip
    # stable-baselines3 DQN (train/loss, empty before learning starts); baselines' DDPG.
    path.write_text("time/total_timesteps,train/loss\n200,\n8000,0.5\n")
    assert read_logs(path)[0].rows == [(8000, "train", {"loss": 0.5})]
    path.write_text("total/steps,train/loss_actor,train/loss_critic\n2000,-150.1,383.5\n")
    assert read_logs(path)[0].rows == [(2000, "train", {"loss": 383.5})]


def test_a_global_step_column_is_the_step_of_each_row(tmp_path: Path) -> None:
    # simpletransformers' training_progress_scores.csv: evaluations every 2000 steps and at
    # each epoch's end (2588), a metric before the losses.
    path = tmp_path / "training_progress_scores.csv"
    path.write_text(
        "global_step,mcc,train_loss,eval_loss\n"
        "1941,0.66,0.668,1.06\n2000,0.77,0.373,0.732\n2588,0.79,0.21,0.75\n"
    )
    [log] = read_logs(path)
    assert log.format == "CSV with a step column"
    assert log.columns == {"train": "train_loss", "val": "eval_loss"}
    assert log.rows == [
        (1941, "train", {"loss": 0.668}), (1941, "val", {"loss": 1.06}),
        (2000, "train", {"loss": 0.373}), (2000, "val", {"loss": 0.732}),
        (2588, "train", {"loss": 0.21}), (2588, "val", {"loss": 0.75}),
    ]  # fmt: skip


def test_spinning_up_progress_reads_the_value_loss_at_environment_steps(tmp_path: Path) -> None:
    path = tmp_path / "progress.txt"
    # Spinning Up's PPO: tab-separated, the policy's surrogate `LossPi` before `LossV`.
    path.write_text(
        "Epoch\tAverageEpRet\tTotalEnvInteracts\tLossPi\tLossV\n"
        "0\t-337.2\t4000\t0.0123\t921.9\n1\t-389.7\t8000\t-0.0051\t943.3\n"
    )
    [log] = read_logs(path)
    assert log.format == "RL progress.csv (step = TotalEnvInteracts)"
    assert log.rows == [(4000, "train", {"loss": 921.9}), (8000, "train", {"loss": 943.3})]
    # A fork's DDPG: `Time Steps` and the Q-function's `LossQ`.
    path.write_text("Epoch\tTime Steps\tLossPi\tLossQ\n1\t4999\t-5.05\t0.46\n2\t9999\t-8.1\t1.2\n")
    assert read_logs(path)[0].columns == {"train": "LossQ"}
    assert read_logs(path)[0].rows[0] == (4999, "train", {"loss": 0.46})


def test_tensorflow_examples_cross_entropy_is_their_loss(tmp_path: Path) -> None:
    path = tmp_path / "retrain.log"
    # retrain.py ("TensorFlow for Poets"): accuracies in percent, the loss called cross entropy.
    path.write_text(
        "".join(
            f"INFO:tensorflow:2018-01-05 10:00:0{k}.000001: Step {10 * k}: Train accuracy = 80.0%\n"
            f"INFO:tensorflow:2018-01-05 10:00:0{k}.000001: Step {10 * k}: Cross entropy = {v}\n"
            f"INFO:tensorflow:2018-01-05 10:00:0{k}.000001: Step {10 * k}: Validation accuracy = "
            "70.0% (N=100)\n"
            for k, v in enumerate((1.51, 0.81, 0.41))
        )
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "Cross entropy"}
    assert log.rows == [(0, "train", {"loss": 1.51}), (10, "train", {"loss": 0.81}),
                        (20, "train", {"loss": 0.41})]  # fmt: skip
    # A printed loss stays the loss beside a cross entropy.
    path.write_text("step 1 loss 2.0 cross entropy 1.5\nstep 2 loss 1.8 cross entropy 1.4\n")
    assert read_logs(path)[0].columns == {"train": "loss"}


def test_a_table_of_runs_one_after_another_is_read_a_run_each(tmp_path: Path) -> None:
    path = tmp_path / "neptune_logs.csv"
    # A Neptune export: each row names its run in `id`; its epoch is `x`, written as a float.
    path.write_text(
        "id,net_type,train_loss,valid_loss,x\n"
        "HCDEX-302,ResNet18,0.42,2.02,1.0\nHCDEX-302,ResNet18,0.36,0.55,2.0\n"
        "HCDEX-296,VGG11,4.1e5,0.675,1.0\nHCDEX-296,VGG11,0.69,0.675,2.0\n"
    )
    first, second = read_logs(path)
    assert (first.title, second.title) == ("HCDEX-302", "HCDEX-296")
    assert first.format == "Keras history (step = its 'x')"
    assert second.rows == [(1, "train", {"loss": 4.1e5}), (1, "val", {"loss": 0.675}),
                           (2, "train", {"loss": 0.69}), (2, "val", {"loss": 0.675})]  # fmt: skip
    # Concatenated histories under `run_id`, epochs from 0; a run's rows apart are no such table.
    path.write_text("run_id,epoch,loss\na,0,1.0\na,1,0.8\nb,0,2.0\nb,1,1.5\n")
    assert [log.rows[0] for log in read_logs(path)] == [
        (1, "train", {"loss": 1.0}), (1, "train", {"loss": 2.0}),
    ]  # fmt: skip
    path.write_text("run_id,epoch,loss\na,0,1.0\nb,0,2.0\na,1,0.8\nb,1,1.5\n")
    assert all(log.title is None for log in read_logs(path))


def test_what_the_cold_review_of_those_readers_found(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    # `timesteps` that do not rise at every row: an episode's length, a sequence model's window.
    path.write_text("episode,reward,timesteps,loss\n1,10,200,1.0\n2,15,180,0.9\n3,30,500,0.8\n")
    assert [r[0] for r in read_logs(path)[0].rows] == [1, 2, 3]
    path.write_text("epoch,time_steps,loss\n0,50,1.0\n1,50,0.9\n2,50,0.8\n")
    assert [r[0] for r in read_logs(path)[0].rows] == [1, 2, 3]
    # A training resumed under a new run id: its epochs go on, one run.
    path.write_text("run_id,epoch,loss\na,0,1.0\na,1,0.8\na,2,0.6\nb,3,0.55\nb,4,0.5\n")
    [log] = read_logs(path)
    assert [r[0] for r in log.rows] == [1, 2, 3, 4, 5]
    # One run cut after its first row leaves the others apart; an `x` not whole counts rows.
    path.write_text("id,train_loss,x\nA,0.4,1.0\nA,0.3,2.0\nB,0.9,1.0\nC,0.5,1.0\nC,0.2,2.0\n")
    assert [log.title for log in read_logs(path)] == ["A", "B", "C"]
    path.write_text("id,train_loss,x\nA,0.4,0.5\nA,0.3,1.0\nB,0.9,0.5\nB,0.5,1.0\n")
    assert [[r[0] for r in log.rows] for log in read_logs(path)] == [[1, 2], [1, 2]]
    # `loss_t` beside its validation's `loss_v` at environment steps: the training loss.
    path.write_text("total_steps,loss_t,loss_v\n100,1.0,1.1\n200,0.8,0.9\n")
    assert read_logs(path)[0].columns == {"train": "loss_t"}
    # A cross entropy beside a loss holding the objective is a part of it; on an evaluation's
    # line it is validation's.
    text = tmp_path / "train.log"
    lines = [f"Step {k}: total_loss = {3 - k / 100}, cross_entropy = {2 - k / 100}, kd_loss = 0.5"
             for k in (100, 200, 300)]  # fmt: skip
    text.write_text("\n".join(lines) + "\n")
    assert read_logs(text)[0].columns == {"train": "total_loss"}
    lines = [f"Step {k}: Cross entropy = {3 - k / 100}\nEvaluation at step {k}: cross entropy = "
             f"{2 - k / 100}" for k in (100, 200, 300)]  # fmt: skip
    text.write_text("\n".join(lines) + "\n")
    [log] = read_logs(text)
    assert log.rows[:2] == [(100, "train", {"loss": 2.0}), (100, "val", {"loss": 1.0})]
    # A tick in which no batch reported the loss (num 0, a NaN mean) is no point; a fork's
    # plain field beside the statistics leaves the file a training_stats log.
    stats = tmp_path / "stats.jsonl"
    stats.write_text(
        '{"Progress/tick": {"num": 1, "mean": 0}, "Loss/G/loss": {"num": 8, "mean": 2.0}, '
        '"kimg": 4.0}\n{"Progress/tick": {"num": 1, "mean": 1}, "Loss/G/loss": {"num": 0, '
        '"mean": NaN}, "kimg": 8.0}\n{"Progress/tick": {"num": 1, "mean": 2}, '
        '"Loss/G/loss": {"num": 8, "mean": 1.8}, "kimg": 12.0}\n'
    )
    assert read_logs(stats)[0].rows == [(0, "train", {"loss": 2.0}), (2, "train", {"loss": 1.8})]


def test_what_the_second_cold_review_found(tmp_path: Path) -> None:
    text = tmp_path / "train.log"
    # A cross entropy beside a regulariser named by its part (`l2_loss`): the cross entropy;
    # beside a printed validation loss: still the training series.
    text.write_text("".join(f"Step {10 * k}: cross_entropy = {1 - k / 10}, l2_loss = 0.021\n"
                            for k in range(1, 4)))  # fmt: skip
    assert read_logs(text)[0].columns == {"train": "cross_entropy"}
    text.write_text("".join(f"Epoch {k} - cross_entropy: {1 - k / 10} - val_loss: {1 + k / 10}\n"
                            for k in range(1, 4)))  # fmt: skip
    assert read_logs(text)[0].columns == {"train": "cross_entropy", "val": "val_loss"}
    # A run resumed under a new name joins the first; the runs around it keep their names.
    table = tmp_path / "runs.csv"
    table.write_text("run,epoch,loss\nA,1,0.9\nA,2,0.8\nB,3,0.7\nB,4,0.6\nC,1,0.9\nC,2,0.5\n")
    first, second = read_logs(table)
    assert (first.title, second.title) == ("A", "C")
    assert [r[0] for r in first.rows] == [1, 2, 3, 4]
    # A trial step reported twice (two executions): their mean, as the tuner reads it.
    trial = tmp_path / "trial.json"
    twice = {"observations": [{"value": [0.9, 0.8], "step": 0}, {"value": [0.7], "step": 1}]}
    trial.write_text(json.dumps({"trial_id": "01", "metrics": {"metrics": {"loss": twice}}}))
    assert [r[2]["loss"] for r in read_logs(trial)[0].rows] == [pytest.approx(0.85), 0.7]
    # A training_stats file whose loss no tick reported says so.
    stats = tmp_path / "stats.jsonl"
    silent = '{"num": 0, "mean": NaN}'
    stats.write_text("".join(f'{{"Progress/tick": {{"mean": {k}}}, "Loss/G/loss": {silent}}}\n'
                             for k in range(3)))  # fmt: skip
    with pytest.raises(LogError, match="without a loss that any tick reported"):
        read_logs(stats)


def test_what_the_third_cold_review_found(tmp_path: Path) -> None:
    # A validation file of named runs reads as the file name says, whatever its run column.
    path = tmp_path / "val.csv"
    path.write_text("run,epoch,loss\na,0,1.0\na,1,0.9\nb,0,2.0\nb,1,1.9\n")
    logs = read_logs(path)
    assert [(log.title, log.kind, log.columns) for log in logs] == [
        ("a", "named_table", {"val": "loss"}), ("b", "named_table", {"val": "loss"}),
    ]  # fmt: skip
    # Runs at their own steps under a run id, one resumed under a new id (its steps go on).
    path = tmp_path / "runs.csv"
    path.write_text("run_id,step,loss\na,10,1.0\na,20,0.9\nb,30,0.8\nc,10,2.0\nc,20,1.9\n")
    logs = read_logs(path)
    assert [(log.title, [r[0] for r in log.rows]) for log in logs] == [
        ("a", [10, 20, 30]), ("c", [10, 20]),
    ]  # fmt: skip
    # A name used for two launches at their own steps: two runs, numbered.
    path.write_text("run,step,loss\na,0,1\na,1,2\na,2,3\na,0,4\na,1,5\nb,0,6\nb,1,7\n")
    logs = read_logs(path)
    assert [(log.title, [r[0] for r in log.rows]) for log in logs] == [
        ("a #1", [0, 1, 2]), ("a #2", [0, 1]), ("b", [0, 1]),
    ]  # fmt: skip


def test_nanogpt_launches_appended_to_one_log_are_runs_apart(tmp_path: Path) -> None:
    # `python train.py >> log` twice: the count starts again from 0, a run each (the second
    # used to overwrite the first); a resume from a checkpoint goes on in the same run.
    path = tmp_path / "log.txt"

    def launch(start: int, losses: list[float]) -> str:
        return "Initializing a new model from scratch\n" + "".join(
            f"iter {start + 10 * k}: loss {v:.4f}, time 45.12ms, mfu 30.21%\n"
            for k, v in enumerate(losses)
        )

    path.write_text(launch(0, [5.0, 4.0, 3.0]) + launch(0, [6.0, 7.0, 8.0]))
    logs = read_logs(path)
    assert [[(r[0], r[2]["loss"]) for r in log.rows] for log in logs] == [
        [(0, 5.0), (10, 4.0), (20, 3.0)], [(0, 6.0), (10, 7.0), (20, 8.0)],
    ]  # fmt: skip
    path.write_text(launch(0, [5.0, 4.0, 3.0]) + launch(10, [3.9, 2.9]))
    [log] = read_logs(path)
    assert [(r[0], r[2]["loss"]) for r in log.rows] == [(0, 5.0), (10, 3.9), (20, 2.9)]


def test_a_keras_tuner_trial_that_kept_its_best_epoch_alone_is_said_so(tmp_path: Path) -> None:
    path = tmp_path / "trial.json"
    best = {"direction": "min", "observations": [{"value": [0.41], "step": 7}]}
    path.write_text(json.dumps({"trial_id": "00", "metrics": {"metrics": {"loss": best}}}))
    with pytest.raises(LogError, match="kept only its best epoch"):
        read_logs(path)


def test_printed_shapes_of_batch_45(tmp_path: Path) -> None:
    path = tmp_path / "train.out"
    # Prose ending with a period, and an evaluation said "evaluated".
    path.write_text(
        "Epoch 0 trained with loss: 0.0197. The running time is 4073.9.\n"
        "Epoch 0 evaluated with loss: 0.00034, dice score: 1.1e-05. The running time is 713.2.\n"
        "Epoch 1 trained with loss: 9.85e-05. The running time is 4077.5.\n"
        "Epoch 1 evaluated with loss: 0.00024, dice score: 1.3e-05. The running time is 653.5.\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "trained with loss", "val": "evaluated with loss"}
    assert log.rows[:2] == [(1, "train", {"loss": 0.0197}), (1, "val", {"loss": 0.00034})]
    # `eval mean loss` beside `mean loss`.
    path.write_text("epoch 0\nmean loss: 1.01\neval mean loss: 0.75\nepoch 1\nmean loss: 0.82\n"
                    "eval mean loss: 0.70\n")  # fmt: skip
    assert read_logs(path)[0].columns == {"train": "mean loss", "val": "eval mean loss"}
    # The splits' words alone, together; a config dump's lone `val 2.0` is no validation.
    path.write_text(
        "2025-11-04 10:38:56,383 - INFO - Epoch 001: train=2.5584, val=2.3731, ppl=10.73 [BEST]\n"
        "2025-11-04 10:39:16,636 - INFO - Epoch 002: train=2.2996, val=2.2523, ppl=9.51 [BEST]\n"
    )
    [log] = read_logs(path)
    assert log.rows == [
        (1, "train", {"loss": 2.5584}), (1, "val", {"loss": 2.3731}),
        (2, "train", {"loss": 2.2996}), (2, "val", {"loss": 2.2523}),
    ]  # fmt: skip
    path.write_text("  |- val\t2.0\n  |- val\t1.0\nITER 0 loss: 3.5\nITER 500 loss: 1.05\n")
    assert read_logs(path)[0].columns == {"train": "loss"}


def test_a_colon_between_digits_is_part_of_a_column_name(tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    path.write_text("epoch,loss,mAP_0.5:0.95\n0,0.9,0.1\n1,0.8,0.2\n")
    [log] = read_logs(path)
    assert log.rows == [(1, "train", {"loss": 0.9}), (2, "train", {"loss": 0.8})]
    # A text log's colon after a number is still no header.
    path.write_text("step 1: loss 0.9, val 1.0\nstep 2: loss 0.8, val 0.9\n")
    assert read_logs(path)[0].kind != "keras_csv"


def test_a_column_name_may_carry_its_unit(tmp_path: Path) -> None:
    """`test_error(%)` beside the losses (ydt01-04 were refused as no training log)."""
    path = write(
        tmp_path / "results.csv",
        "epoch,time(s),train_loss,test_loss,test_error(%)\n"
        "001,00071,1.943965,1.84838,62.85\n002,00046,1.571455,1.63021,53.81\n",
    )
    [log] = read_logs(path)
    assert series_of(log) == {
        "train/loss": {1: 1.943965, 2: 1.571455},
        "val/loss": {1: 1.84838, 2: 1.63021},
    }
    # A printed line with a percentage is still no header.
    write(path, "Epoch 1, loss 0.9, acc 90%\nEpoch 2, loss 0.8, acc 91%\n")
    assert read_logs(path)[0].kind != "keras_csv"


def test_a_summary_column_filled_once_is_no_series() -> None:
    # A Trainer log_history saved as CSV: `train_loss` is the run's mean in its last row.
    [log] = read_logs(RAW / "o02_crisprflat.src.csv.gz")
    assert log.columns["train"] == "loss" and log.points("train") == 1631


def test_runs_appended_to_a_text_log_are_told_apart() -> None:
    # Four runs, each printing `Epoch 20/200: train_loss=..., val_loss=...` every 20 epochs
    # behind Python logging's prefix: the epoch falling back to 20 starts the next.
    logs = read_logs(READER / "agn_training.log")
    assert [log.part for log in logs] == [
        "run 1 of 4 (lines 310-313)",
        "run 2 of 4 (lines 367-370)",
        "run 3 of 4 (lines 424-427)",
        "run 4 of 4 (lines 481-484)",
    ]
    assert logs[0].rows[:2] == [(20, "train", {"loss": 0.4954}), (20, "val", {"loss": 0.438})]
    assert all([s for s, split, _ in log.rows if split == "train"] == [20, 40, 60, 80]
               for log in logs)  # fmt: skip


def test_csv_shapes_a_new_user_brought() -> None:
    # An epoch column counting in strides of 250 holds steps: no +1.
    [log] = read_logs(READER / "janelm_loss.csv")
    assert log.format == "Keras history (step = its epoch column, which counts steps)"
    assert log.rows[:3] == [(0, "train", {"loss": 10.9151}), (0, "val", {"loss": 10.9242}),
                            (250, "train", {"loss": 5.8106})]  # fmt: skip
    # Tab-separated parts of a loss: the total is the training loss.
    [log] = read_logs(READER / "pgnet_train_log.txt")
    assert log.columns == {"train": "total loss"} and log.points("train") == 600
    # One epoch: every column filled once is still a point.
    [log] = read_logs(READER / "cs6994_metrics.csv")
    assert log.rows == [(229, "train", {"loss": 0.08467661589384079}),
                        (229, "val", {"loss": 0.02906462922692299})]  # fmt: skip


def test_labels_as_people_print_them(tmp_path: Path) -> None:
    # PaddlePaddle's examples: `loss is: 2.50`; a Faster R-CNN script: `EPOCH loss: 0.53`.
    path = tmp_path / "train.log"
    path.write_text("epoch: 0, loss is: 2.50, acc is: 0.12\nepoch: 1, loss is: 0.63, acc is: 0.8\n")
    [log] = read_logs(path)
    assert log.columns == {"train": "loss is"}
    assert log.rows == [(1, "train", {"loss": 2.5}), (2, "train", {"loss": 0.63})]
    path.write_text("EPOCH loss: 0.5358 lr: 0.01\nEPOCH loss: 0.4816 lr: 0.01\n")
    [log] = read_logs(path)
    assert log.columns == {"train": "EPOCH loss", "lr": "lr"} and log.points("train") == 2
    # A step column without Lightning's epoch column is not called Lightning's.
    [log] = read_logs(RAW / "c19_shakegpt.src.log")
    assert log.format == "CSV with a step column"


def test_values_under_an_evaluation_heading_are_validation(tmp_path: Path) -> None:
    """A custom loop's log (the shape of a public LoRA script's): evaluation results on the
    lines under their heading, and a final summary that repeats the last evaluation."""
    path = tmp_path / "train.log"
    path.write_text(
        "INFO:__main__:Epoch 0 | Step 10/20 | Loss: 0.61 | LR: 2e-04\n"
        "INFO:__main__:Epoch 0 | Step 20/20 | Loss: 0.55 | LR: 2e-04\n"
        "INFO:__main__:Evaluation Results:\n"
        "INFO:__main__:   Loss: 0.5301\n"
        "INFO:__main__:   Perplexity: 1.70\n"
        "INFO:__main__:Epoch 1 | Step 10/20 | Loss: 0.52 | LR: 1e-04\n"
        "INFO:__main__:Epoch 1 | Step 20/20 | Loss: 0.49 | LR: 1e-04\n"
        "INFO:__main__:Evaluation Results:\n"
        "INFO:__main__:   Loss: 0.4887\n"
        "INFO:__main__:Final Results: Loss=0.4887, PPL=1.63\n"
    )
    [log] = read_logs(path)
    assert [r for r in log.rows if r[1] == "val"] == [
        (20, "val", {"loss": 0.5301}),
        (40, "val", {"loss": 0.4887}),
    ]
    assert [(s, v["loss"]) for s, split, v in log.rows if split == "train"] == [
        (10, 0.61), (20, 0.55), (30, 0.52), (40, 0.49)]  # fmt: skip


def test_a_csv_keeps_every_row_and_any_line_ending(tmp_path: Path) -> None:
    # A step that restarts each epoch (c01's in-epoch step): every row is a point.
    [log] = read_logs(RAW / "c01_gilora.src.csv")
    assert log.points("train") == log.points("val") == 100
    path = tmp_path / "metrics.csv"
    path.write_bytes(b"step,loss\r1,2.0\r2,1.9\r")  # carriage returns alone
    [log] = read_logs(path)
    assert log.rows == [(1, "train", {"loss": 2.0}), (2, "train", {"loss": 1.9})]


def test_a_utf16_file_reads_as_its_text(tmp_path: Path) -> None:
    """What Windows PowerShell's `>` writes: UTF-16 with a byte-order mark."""
    source = RAW / "k11_maizevalspike.src.txt"
    copy = tmp_path / "train_log.txt"
    copy.write_bytes(source.read_text(encoding="utf-8").encode("utf-16"))
    assert read_logs(copy)[0].rows == read_logs(source)[0].rows


def test_a_gzip_file_reads_as_its_content(tmp_path: Path) -> None:
    packed = tmp_path / "metrics.csv.gz"
    packed.write_bytes(gzip.compress((RAW / "f03_airtemp.src.csv").read_bytes()))
    [log] = read_logs(packed)
    assert log.format == "Lightning CSVLogger metrics, gzip"
    assert comparable(log.rows) == comparable(read_run(HOLDOUT / "f03_airtemp.csv"))
    packed.write_bytes(gzip.compress(b"\x89PNG\r\n\x1a\n\xff\xfe"))
    with pytest.raises(LogError, match="a gzip file whose content is not text"):
        read_logs(packed)


def test_a_one_line_jsonl_is_one_record(tmp_path: Path) -> None:
    path = tmp_path / "metrics.jsonl"
    path.write_text('{"global_step": 7, "train/loss": 2.5, "eval/loss": NaN}\n')
    [log] = read_logs(path)
    assert log.columns == {"train": "train/loss", "val": "eval/loss"}
    assert comparable(log.rows) == [(7, "train", {"loss": 2.5}), (7, "val", {"loss": "nan"})]


def test_series_take_the_clients_keys() -> None:
    [log] = read_logs(LOGS / "g01_logrob" / "trainer_state.json")
    series = series_of(log)
    assert sorted(series) == ["lr", "train/loss", "val/loss"]
    assert len(series["train/loss"]) == 42 and series["train/loss"][10] == 1.5561
    assert series["lr"][10] == 1.0000000000000002e-06


def read_text(tmp_path: Path, text: str) -> list[Log]:
    """Return the logs read from a file holding `text`."""
    path = tmp_path / "train.log"
    path.write_text(text)
    return read_logs(path)


def test_a_matlab_tables_blank_cells_are_placed_under_their_names(tmp_path: Path) -> None:
    """MATLAB's trainnet prints a `table`: names over rules of underscores, each cell under
    its name, the validation cells blank between evaluations, wherever their column is."""
    text = (
        "    Iteration    Epoch    TrainingLoss    ValidationLoss    ValidationAccuracy    "
        "LearnRate\n"
        "    _________    _____    ____________    ______________    __________________    "
        "_________\n"
    )
    for it in (1, 20, 40, 60):
        val = f"{2.0 - it / 100:14.4f}    {50 + it:18d}" if it in (1, 60) else " " * 36
        text += f"    {it:9d}    {1:5d}    {3.0 - it / 50:12.4f}    {val}    {0.01:9.3f}\n"
    [log] = read_text(tmp_path, text)
    assert log.columns["train"] == "TrainingLoss" and log.columns["val"] == "ValidationLoss"
    assert [(s, split, v["loss"]) for s, split, v in log.rows if split != "lr"] == [
        (1, "train", 2.98), (1, "val", 1.99), (20, "train", 2.6), (40, "train", 2.2),
        (60, "train", 1.8), (60, "val", 1.4),
    ]  # fmt: skip


def test_a_hand_kept_tables_notes_column_holds_free_text_on_some_rows(tmp_path: Path) -> None:
    """A table kept by hand under a rule of dashes per column, its last column `Notes` blank
    on most rows and a few words on others: every row is read, at its `Iter` counter (no
    epoch column: the rows' count, starting at 24, would not be the iteration)."""
    notes = {25: "100% vs random", 26: "", 27: "Config: 400 games, 400 sims"}
    text = "Iter  Positions     Loss  Policy   Value  Notes\n"
    text += "----  ---------  -------  ------  ------  -----\n"
    for it in (24, 25, 26, 27):
        text += f"{it:4d}  {13000 + it:9d}  {3.1 - it / 100:7.4f}  {2.9:6.4f}  {0.18:6.4f}  "
        text += f"{notes.get(it, '')}\n"
    text += "\nNote: the policy loss is the larger part.\n"
    [log] = read_text(tmp_path, text)
    assert log.columns["train"] == "Loss" and "step = Iter" in log.format
    assert [(s, v["loss"]) for s, split, v in log.rows if split == "train"] == [
        (24, 2.86), (25, 2.85), (26, 2.84), (27, 2.83)
    ]


def test_a_note_after_a_tables_last_number_is_dropped_not_the_table(tmp_path: Path) -> None:
    # A tabulate-style table under a rule per column, one row's last value marked by hand.
    text = (
        "  epoch    train loss    val loss\n"
        "-------  ------------  ----------\n"
        "      1        0.9         0.8\n"
        "      2        0.7         0.6\n"
        "      3        0.5         0.7   <- worse\n"
        "      4        0.4         0.75\n"
    )
    [log] = read_text(tmp_path, text)
    assert [(s, v["loss"]) for s, split, v in log.rows if split == "val"] == [
        (1, 0.8), (2, 0.6), (3, 0.7), (4, 0.75)
    ]


def test_a_fractional_iter_column_without_epochs_is_no_step(tmp_path: Path) -> None:
    """An `iter` column is the step only where it counts whole iterations; a fraction of an
    epoch (0.5, 1.0, ...) leaves the rows counted as a history's."""
    path = tmp_path / "log.csv"
    path.write_text("iter,loss,val_loss\n0.5,1.0,1.1\n1.0,0.9,1.0\n1.5,0.8,0.9\n")
    [log] = read_logs(path)
    assert [s for s, split, _ in log.rows if split == "train"] == [1, 2, 3]


def test_an_evaluation_line_is_one_whose_words_before_its_values_say_so(tmp_path: Path) -> None:
    # The counter is part of what the line says: "Validation Epoch 1" is an evaluation.
    [log] = read_text(
        tmp_path,
        "Epoch 1: loss 0.92\n"
        "Validation Epoch 1: loss 0.95\n"
        "Epoch 2: loss 0.81\n"
        "Validation Epoch 2: loss 0.88\n",
    )
    assert log.rows == [(1, "train", {"loss": 0.92}), (1, "val", {"loss": 0.95}),
                        (2, "train", {"loss": 0.81}), (2, "val", {"loss": 0.88})]  # fmt: skip


def test_an_evaluations_progress_through_its_set_is_no_training_value(tmp_path: Path) -> None:
    """LoRA's NLG example (`gpt2_ft.py`) prints, between its training lines, the evaluation's
    loss every 100 samples (`eval samples: 300 loss: tensor(...)`): the counter of samples says
    evaluation, and none of them is a training point that would number the steps."""
    train = "| epoch   1 step {:>8} |  {} batches | lr 8e-06 | loss  {} | avg loss  {} | ppl 9.1\n"
    evaluation = "eval samples: {} loss: tensor({}, device='cuda:0')\n"
    valid = "| Eval   {} at step {:>8} | time: 38.86s | valid loss  {} | valid ppl 9.9\n"
    text = train.format(20, 20, 5.25, 6.08) + train.format(40, 40, 6.56, 5.82)
    text += evaluation.format(0, 4.2384) + evaluation.format(100, 4.4884)
    text += valid.format(1, 40, 4.07)
    text += train.format(60, 60, 5.74, 5.79) + train.format(80, 80, 4.11, 4.9)
    text += evaluation.format(0, 3.1) + evaluation.format(100, 3.3) + valid.format(2, 80, 3.21)
    [log] = read_text(tmp_path, text)
    assert "step = printed step" in log.format and log.columns["val"] == "valid loss"
    assert [(s, split, v["loss"]) for s, split, v in log.rows if split != "lr"] == [
        (20, "train", 5.25), (40, "train", 6.56), (40, "val", 4.07), (60, "train", 5.74),
        (80, "train", 4.11), (80, "val", 3.21),
    ]  # fmt: skip


def test_only_an_evaluation_heading_makes_the_values_below_it_validation(tmp_path: Path) -> None:
    # Mentioning the validation set is no heading.
    [log] = read_text(tmp_path, "Loading validation set...\nloss: 0.92\nloss: 0.81\nloss: 0.74\n")
    assert log.rows == [(1, "train", {"loss": 0.92}), (2, "train", {"loss": 0.81}),
                        (3, "train", {"loss": 0.74})]  # fmt: skip
    # Words between rules are one.
    [log] = read_text(
        tmp_path,
        "Epoch 1 | loss: 0.92\n===== Validation =====\nloss: 0.95\n"
        "Epoch 2 | loss: 0.81\n===== Validation =====\nloss: 0.88\n",
    )
    assert [r for r in log.rows if r[1] == "val"] == [(1, "val", {"loss": 0.95}),
                                                      (2, "val", {"loss": 0.88})]  # fmt: skip


def test_a_log_of_evaluations_alone_counts_them(tmp_path: Path) -> None:
    # No counter and no train value: each evaluation is the next step, not all of them step 1.
    [log] = read_text(tmp_path, "val_loss: 0.95\nval_loss: 0.88\nval_loss: 0.83\n")
    assert log.format == "labelled values log (step = val value count)"
    assert log.rows == [(1, "val", {"loss": 0.95}), (2, "val", {"loss": 0.88}),
                        (3, "val", {"loss": 0.83})]  # fmt: skip


def test_an_evaluation_under_its_epoch_takes_the_step_before_it(tmp_path: Path) -> None:
    # Train values counted in steps, the evaluation printed with its epoch alone.
    [log] = read_text(
        tmp_path,
        "Epoch 1 step 100 loss: 0.92\n"
        "Epoch 1 step 200 loss: 0.81\n"
        "Epoch 1 val_loss: 0.85\n"
        "Epoch 2 step 300 loss: 0.74\n"
        "Epoch 2 step 400 loss: 0.66\n"
        "Epoch 2 val_loss: 0.71\n",
    )
    assert log.format == "labelled values log (step = printed step)"
    assert [r for r in log.rows if r[1] == "val"] == [(200, "val", {"loss": 0.85}),
                                                      (400, "val", {"loss": 0.71})]  # fmt: skip


def test_keras_3_progress_keeps_each_epochs_last_full_line(tmp_path: Path) -> None:
    """Keras 3's fit(verbose=1) captured to a file (its bar has no ETA; the full bar is printed
    again with the validation values after a checkpoint's message), then model.evaluate()."""
    bar = "\x1b[32m━━━━━━━━━━━━━━━━━━━━\x1b[0m\x1b[37m\x1b[0m"
    [log] = read_text(
        tmp_path,
        "Epoch 1/2\n"
        f"\x1b[1m 50/100\x1b[0m {bar} \x1b[1m1s\x1b[0m 10ms/step - accuracy: 0.51 - loss: 1.93\n"
        f"\x1b[1m100/100\x1b[0m {bar} \x1b[1m0s\x1b[0m 10ms/step - accuracy: 0.58 - loss: 1.52\n"
        "Epoch 1: val_loss improved from inf to 1.21000, saving model to best.keras\n"
        f"\x1b[1m100/100\x1b[0m {bar} \x1b[1m2s\x1b[0m 12ms/step - accuracy: 0.58 - loss: 1.52"
        " - val_accuracy: 0.66 - val_loss: 1.21\n"
        "Epoch 2/2\n"
        f"\x1b[1m 50/100\x1b[0m {bar} \x1b[1m1s\x1b[0m 10ms/step - accuracy: 0.71 - loss: 1.12\n"
        f"\x1b[1m100/100\x1b[0m {bar} \x1b[1m1s\x1b[0m 10ms/step - accuracy: 0.75 - loss: 0.94"
        " - val_accuracy: 0.79 - val_loss: 1.02\n"
        f"\x1b[1m 1/32\x1b[0m {bar} \x1b[1m0s\x1b[0m 3ms/step - accuracy: 0.81 - loss: 0.99\n"
        f"\x1b[1m32/32\x1b[0m {bar} \x1b[1m0s\x1b[0m 3ms/step - accuracy: 0.79 - loss: 1.05\n",
    )
    assert log.rows == [(1, "train", {"loss": 1.52}), (1, "val", {"loss": 1.21}),
                        (2, "train", {"loss": 0.94}), (2, "val", {"loss": 1.02})]  # fmt: skip


def test_a_tensorflow_tutorials_batch_lines_are_progress_beside_its_epoch_lines(
    tmp_path: Path,
) -> None:
    """The TensorFlow tutorials' print (image captioning, NMT; zhm02): `Epoch 1 Batch 100 Loss`
    within the epoch, a batch's validation, then the epoch's own lines: the epochs are the
    run. A log of the batch lines alone is read from them."""
    epochs = (
        "Start epoch 1...\n"
        "Epoch 1 Batch 0 Loss 2.3193\n"
        "Epoch 1 Batch 100 Loss 0.9808\n"
        "Epoch 1 Batch 0 Val Loss 0.8294\n"
        "Epoch 1 Loss 0.956974\n"
        "Epoch 1 Val Loss 0.764053\n"
        "Time taken for 1 epoch 368.40343713760376 sec\n"
        "Start epoch 2...\n"
        "Epoch 2 Batch 0 Loss 0.7725\n"
        "Epoch 2 Batch 100 Loss 0.7061\n"
        "Epoch 2 Batch 0 Val Loss 0.7700\n"
        "Epoch 2 Loss 0.716233\n"
        "Epoch 2 Val Loss 0.702719\n"
    )
    [log] = read_text(tmp_path, epochs)
    assert log.rows == [
        (1, "train", {"loss": 0.956974}), (1, "val", {"loss": 0.764053}),
        (2, "train", {"loss": 0.716233}), (2, "val", {"loss": 0.702719}),
    ]  # fmt: skip
    batches = "".join(line + "\n" for line in epochs.splitlines() if "Batch" in line)
    [log] = read_text(tmp_path, batches)
    assert [v["loss"] for _, split, v in log.rows if split == "train"] == [
        2.3193, 0.9808, 0.7725, 0.7061
    ]


def test_keras_2_0_epoch_lines_that_kept_their_eta_are_the_epochs(tmp_path: Path) -> None:
    """Keras 2.0 captured by Sacred (`cout.txt`, zfc01 and four more refused): each epoch's
    last line keeps the ETA it drew last beside the validation values; the updates before it,
    without them, repeat."""
    [log] = read_text(
        tmp_path,
        'INFO - uncertainty-quality - Started run with ID "12"\n'
        "Train on 42000 samples, validate on 8000 samples\n"
        "Epoch 1/2\n"
        "41900/42000 [=============================>.] - ETA: 0s - loss: 1.6301 - acc: 0.44\n"
        "42000/42000 [==============================] - ETA: 0s - loss: 1.6272 - acc: 0.4420"
        " - val_loss: 1.3208 - val_acc: 0.5331\n"
        "Epoch 2/2\n"
        "42000/42000 [==============================] - ETA: 0s - loss: 1.2433 - acc: 0.5673"
        " - val_loss: 1.2022 - val_acc: 0.5811\n"
        "test accuracy: 0.7123\n",
    )
    assert log.rows == [(1, "train", {"loss": 1.6272}), (1, "val", {"loss": 1.3208}),
                        (2, "train", {"loss": 1.2433}), (2, "val", {"loss": 1.2022})]  # fmt: skip


def test_keras_2_evaluate_after_fit_is_no_epoch(tmp_path: Path) -> None:
    [log] = read_text(
        tmp_path,
        "Epoch 1/2\n"
        "211/211 [==============================] - 5s 20ms/step - loss: 1.501 - val_loss: 1.203\n"
        "Epoch 2/2\n"
        "211/211 [==============================] - 4s 19ms/step - loss: 0.987 - val_loss: 1.098\n"
        "32/32 [==============================] - 0s 3ms/step - loss: 1.0512\n",
    )
    assert log.points("train") == 2 and log.rows[-2] == (2, "train", {"loss": 0.987})


@pytest.mark.parametrize(
    "stray",
    ["val loss 2.31", "iter 0: loss 2.31"],  # an llm.c line, a nanoGPT line
)
def test_one_stray_line_of_a_tools_format_does_not_make_the_log_that_tools(
    tmp_path: Path, stray: str
) -> None:
    # A sanity check printed before training, then the script's own lines.
    [log] = read_text(
        tmp_path,
        f"{stray}\n"
        "Epoch 1 | train loss 0.92 | val loss 0.95\n"
        "Epoch 2 | train loss 0.81 | val loss 0.88\n"
        "Epoch 3 | train loss 0.74 | val loss 0.83\n",
    )
    assert log.kind == "labelled"
    assert [(s, v["loss"]) for s, split, v in log.rows if split == "train"][-3:] == [
        (1, 0.92), (2, 0.81), (3, 0.74)
    ]  # fmt: skip


def test_a_leading_fraction_under_an_epoch_counts_batches(tmp_path: Path) -> None:
    # Under `Epoch 2/2`, `[100/300]` is a batch of the epoch, not epoch 100: no second run;
    # epoch 2's batch 100 is step 400.
    [log] = read_text(
        tmp_path,
        "Epoch 1/2\n[100/300] loss: 0.92\n[200/300] loss: 0.81\n[300/300] loss: 0.74\n"
        "Epoch 2/2\n[100/300] loss: 0.66\n[200/300] loss: 0.61\n[300/300] loss: 0.57\n",
    )
    assert log.format == (
        "labelled values log (step = printed step; each epoch's step counter from 300 steps"
        " an epoch)"
    )
    assert [s for s, _, _ in log.rows] == [100, 200, 300, 400, 500, 600]
    # Without one it is the epoch (k11's `[3/100] Train Loss: ..., Valid Loss: ...`).
    [log] = read_logs(RAW / "k11_maizevalspike.src.txt")
    assert log.format == "labelled values log (step = printed epoch)"


def test_a_step_counted_within_its_epoch_is_numbered_on_from_the_epochs_before(
    tmp_path: Path,
) -> None:
    """The PyTorch tutorials' `Epoch [2/5], Step [100/600], Loss: 0.21` (copied into countless
    loops): epoch 2's step 100 is the run's step 700, so a rule's span in steps is steps (it
    used to be read as the count of values, 100x too few steps)."""
    lines = [f"Epoch [{e}/3], Step [{s}/600], Loss: {1 - e / 10 - s / 10000:.4f}"
             for e in (1, 2, 3) for s in (200, 400, 600)]  # fmt: skip
    [log] = read_text(tmp_path, "\n".join(lines) + "\n")
    assert [s for s, _, _ in log.rows] == [200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800]
    assert log.rows[3] == (800, "train", {"loss": 0.78})
    # Without a total (`epoch 0, iter 1000, avg. loss ...`, ov01's appended NMT log): an
    # epoch is its largest step.
    [log] = read_text(
        tmp_path,
        "epoch 0, iter 1000, avg. loss 234.87\nepoch 0, iter 2000, avg. loss 234.48\n"
        "epoch 0, iter 3000, avg. loss 234.69\n"
        "epoch 1, iter 1000, avg. loss 234.57\nepoch 1, iter 2000, avg. loss 234.25\n",
    )
    assert [s for s, _, _ in log.rows] == [1000, 2000, 3000, 4000, 5000]
    # The CIFAR-10 tutorial's `[epoch, mini-batch]` before its loss (it was the count too).
    [log] = read_text(tmp_path, "".join(
        f"[{e}, {i:5d}] loss: {2.3 - e / 10 - i / 100000:.3f}\n" for e in (1, 2)
        for i in (2000, 4000, 6000)))  # fmt: skip
    assert [s for s, _, _ in log.rows] == [2000, 4000, 6000, 8000, 10000, 12000]
    assert log.rows[3] == (8000, "train", {"loss": 2.08})
    # An evaluation's own counter counts its batches or its epoch's steps, not the run's: it
    # stands at the training step before it (a cold review found all three evaluations of
    # `Evaluating at step 600` at one step, the last kept).
    text = ""
    for e in (1, 2, 3):
        text += "".join(f"epoch {e} | step {s}/600 | loss {1 - e / 10 - s / 10000:.4f}\n"
                        for s in (300, 600))  # fmt: skip
        text += f"Evaluating at step 600: val_loss {0.9 - e / 10:.2f}\n"
        text += f"Validation Step [50/100], Val Loss: {0.95 - e / 10:.2f}\n"
    [log] = read_text(tmp_path, text)  # two evaluations an epoch: the later kept at its step
    assert [r for r in log.rows if r[1] == "val"] == [
        (600, "val", {"loss": 0.85}), (1200, "val", {"loss": 0.75}), (1800, "val", {"loss": 0.65})
    ]  # fmt: skip


def test_only_a_summary_without_a_counter_is_passed_over(tmp_path: Path) -> None:
    [log] = read_text(
        tmp_path,
        "Epoch 1/3: loss 0.52, val_loss 0.61\n"
        "Epoch 2/3: loss 0.41, val_loss 0.55\n"
        "Epoch 3/3 (final): loss 0.35, val_loss 0.52\n"
        "Final results: loss=0.35, val_loss=0.52\n",
    )
    assert log.rows[-2:] == [(3, "train", {"loss": 0.35}), (3, "val", {"loss": 0.52})]
    assert log.points("train") == 3


def test_a_saved_best_checkpoints_words_are_no_points(tmp_path: Path) -> None:
    """`--> New Best Model Saved! (Loss: 0.0919)` after an epoch's line repeats its evaluation
    (yed01's six were read as the run, its 22 epochs of `Train:` / `Val:` passed over); a saved
    best that prints the epoch's training value is the epoch's own line."""
    [log] = read_text(
        tmp_path,
        "INFO:Trainer:Epoch [1/30] Train: 0.0776 | Val: 0.0919 | 373.6s\n"
        "INFO:Trainer:--> New Best Model Saved! (Loss: 0.0919)\n"
        "INFO:Trainer:Epoch [2/30] Train: 0.0578 | Val: 0.0745 | 344.3s\n"
        "INFO:Trainer:--> New Best Model Saved! (Loss: 0.0745)\n"
        "INFO:Trainer:Epoch [3/30] Train: 0.0404 | Val: 0.0790 | 335.2s\n",
    )
    assert series_of(log) == {
        "train/loss": {1: 0.0776, 2: 0.0578, 3: 0.0404},
        "val/loss": {1: 0.0919, 2: 0.0745, 3: 0.0790},
    }
    # pz01's `epoch0 save best model... tr_loss:0.5707, val_loss0.5034`, five of them.
    [log] = read_logs(shutil.copy(RAW / "pz01_moanonscored.src.log", tmp_path / "train.log"))
    assert log.points("train") == 5


def test_a_tensorboard_export_named_by_tensorboard_takes_its_split_from_the_tag(
    tmp_path: Path,
) -> None:
    source = RAW / "l06_grustock.src.val.csv"
    for name, split in (
        # The run's name says nothing (`test` is an experiment here), its tag does.
        ("run-test_lr0.1-tag-train_loss.csv", "train"),
        ("run-test_lr0.1-tag-loss.csv", "train"),
        ("run-baseline-tag-val_loss.csv", "val"),
        # Keras' TensorBoard callback: one run for each split, the same tag.
        ("run-logs_fit_20240101-120000_validation-tag-epoch_loss.csv", "val"),
        ("run-logs_fit_20240101-120000_train-tag-epoch_loss.csv", "train"),
        ("run-logs_fit_20240101-120000_train-tag-epoch_learning_rate.csv", "lr"),
    ):
        shutil.copy(source, tmp_path / name)
        [log] = read_logs(tmp_path / name)
        assert set(log.columns) == {split}, name


def test_tensorboards_json_download_is_one_series_joined_by_run(tmp_path: Path) -> None:
    """TensorBoard's other download, `[[wall_time, step, value], ...]` under the same
    `run-<run>-tag-<tag>.json` name: one series each, the tag saying its split, a run's tags
    one run (nk01's train and validation losses were refused as no training log)."""
    paths = []
    for tag in ("Train_Loss", "Val_Loss"):
        name = f"run-c3d-16_Jul20_02-18-06_phobos-tag-{tag}.json"
        paths.append(shutil.copy(RAW / f"nk01_c3d16.src.{name}", tmp_path / name))
    [train] = read_logs(paths[0])
    assert train.kind == "tensorboard_json" and train.columns == {"train": "value"}
    [(_, [joined])] = join_runs([(p, read_logs(p)) for p in paths])
    assert sorted(joined.rows, key=lambda r: (r[0], r[1])) == read_run(HOLDOUT / "nk01_c3d16.csv")
    # A step that is no whole number is said, not rounded.
    bad = tmp_path / "run-x-tag-loss.json"
    bad.write_text("[[1595210753.6, 1.5, 2.07]]")
    with pytest.raises(LogError, match="record 1: step 1.5 is not a whole number"):
        read_logs(bad)


def test_column_names_in_chinese_are_read_as_their_english(tmp_path: Path) -> None:
    """A Lightning metrics.csv whose logger named its metrics in Chinese (rn01's `训练/损失`,
    `验证/损失`: train/loss, val/loss; was refused as no training log), and a header whose
    names hold other letters than A-Z (pq01's, refused before)."""
    [log] = read_logs(shutil.copy(RAW / "rn01_memev26.src.csv", tmp_path / "metrics.csv"))
    assert log.columns == {"train": "训练/损失", "val": "验证/损失"}
    assert log.rows == read_run(HOLDOUT / "rn01_memev26.csv")
    [log] = read_logs(shutil.copy(RAW / "pq01_mofvae.src.csv", tmp_path / "log.csv"))
    assert log.columns == {"train": "train_loss", "val": "test_loss", "lr": "lr"}


def write(path: Path, text: str) -> Path:
    """Return `path`, holding `text` (UTF-8)."""
    path.write_text(text, encoding="utf-8")
    return path


def test_look_alikes_of_the_new_json_shapes_are_not_misread(tmp_path: Path) -> None:
    """A cold review's cases: a history grouped by metric is one run, not a model a metric (its
    accuracy read as a diverging loss); a list of number triples without a wall time (a
    confusion matrix) and numbered objects without a loss (a label map) are no training logs."""
    series = {"train": [0.9 - i / 50 for i in range(8)], "val": [1.0 - i / 60 for i in range(8)]}
    history = {"loss": series, "accuracy": series}
    [log] = read_logs(write(tmp_path / "history.json", json.dumps(history)))
    assert log.columns == {"train": "train", "val": "val"}
    assert log.rows[0] == (1, "train", {"loss": 0.9})
    for name, text in (
        ("run-x-tag-loss.json", "[[50, 2, 1], [3, 45, 2], [0, 1, 49]]"),
        ("labels.json", json.dumps({"0": {"name": "cat", "n": 3}, "1": {"name": "dog", "n": 5}})),
    ):
        with pytest.raises(LogError, match="not a training log|without log_history"):
            read_logs(write(tmp_path / name, text))


def test_chinese_names_map_whole_words_only(tmp_path: Path) -> None:
    """`预测损失` is a prediction loss and `检测损失` a detection loss, no test loss; `验证集损失`
    is the validation loss (a cold review found single characters mapped)."""
    path = write(tmp_path / "log.csv", "epoch,总损失,预测损失,重建损失\n1,3,2,1\n2,2.5,1.8,0.7\n")
    [log] = read_logs(path)
    assert log.columns == {"train": "总损失"}
    path = write(tmp_path / "metrics.csv", "epoch,训练集损失,验证集损失\n1,0.9,1.0\n2,0.8,0.95\n")
    [log] = read_logs(path)
    assert log.columns == {"train": "训练集损失", "val": "验证集损失"}


def test_a_dash_in_a_column_name_is_no_wandb_export(tmp_path: Path) -> None:
    path = tmp_path / "history.csv"
    path.write_text(
        "epoch,train_loss,val_loss,accuracy - top1\n0,0.92,0.95,0.61\n1,0.81,0.88,0.67\n"
    )
    [log] = read_logs(path)
    assert log.kind == "keras_csv" and log.columns == {"train": "train_loss", "val": "val_loss"}


def test_a_prose_line_with_a_comma_is_no_csv_header(tmp_path: Path) -> None:
    [log] = read_text(
        tmp_path, "Training started, good luck\nEpoch 1 loss: 0.92\nEpoch 2 loss: 0.81\n"
    )
    assert log.kind == "labelled"
    assert log.rows == [(1, "train", {"loss": 0.92}), (2, "train", {"loss": 0.81})]


def test_json_lines_whose_step_restarts_each_epoch_keep_every_record(tmp_path: Path) -> None:
    path = tmp_path / "metrics.jsonl"
    path.write_text(
        '{"epoch": 0, "step": 50, "loss": 0.92}\n'
        '{"epoch": 0, "step": 100, "loss": 0.81}\n'
        '{"epoch": 0, "step": 100, "val_loss": 0.85}\n'
        '{"epoch": 1, "step": 50, "loss": 0.74}\n'
        '{"epoch": 1, "step": 100, "loss": 0.66}\n'
        '{"epoch": 1, "step": 100, "val_loss": 0.71}\n'
    )
    [log] = read_logs(path)
    assert log.format == "JSON lines (step = train record count: the step restarts each epoch)"
    assert log.rows == [(1, "train", {"loss": 0.92}), (2, "train", {"loss": 0.81}),
                        (2, "val", {"loss": 0.85}), (3, "train", {"loss": 0.74}),
                        (4, "train", {"loss": 0.66}), (4, "val", {"loss": 0.71})]  # fmt: skip


def test_a_history_under_any_key_of_a_results_file_is_read(tmp_path: Path) -> None:
    # An experiment's results.json: settings, metrics, and the history under its own key.
    path = tmp_path / "results.json"
    path.write_text(
        '{"model": "convnext", "best_epoch": 2, "test_metrics": {"accuracy": 0.93}, '
        '"training_history": {"epoch": [1, 2, 3], "train_loss": [0.23, 0.19, 0.17], '
        '"val_loss": [0.14, 0.12, 0.13]}}'
    )
    [log] = read_logs(path)
    assert log.format == "JSON history (step = epoch)"
    assert [(s, split, v["loss"]) for s, split, v in log.rows if s == 3] == [
        (3, "train", 0.17),
        (3, "val", 0.13),
    ]


def test_records_of_epochs_are_read_with_the_epoch_as_step(tmp_path: Path) -> None:
    # A custom loop's JSON lines, one record an epoch counted from 0, the held-out split
    # named "test": step = epoch + 1, test_loss is the validation (nothing else is).
    path = tmp_path / "log.jsonl"
    path.write_text(
        '{"epoch": 0, "train_loss": 2.1, "test_loss": 2.2, "test_acc": 0.3}\n'
        '{"epoch": 1, "train_loss": 1.7, "test_loss": 1.9, "test_acc": 0.4}\n'
    )
    [log] = read_logs(path)
    assert log.format == "JSON lines (step = epoch + 1)"
    assert log.rows == [(1, "train", {"loss": 2.1}), (1, "val", {"loss": 2.2}),
                        (2, "train", {"loss": 1.7}), (2, "val", {"loss": 1.9})]  # fmt: skip


def test_records_of_negative_log_likelihoods_are_losses(tmp_path: Path) -> None:
    # A density model's history: its losses are named train_nll and val_nll.
    path = tmp_path / "history.json"
    path.write_text(
        '{"config": {"N": 16}, "history": [{"step": 250, "val_nll": 82.1, "train_nll": 84.0},'
        ' {"step": 500, "val_nll": 76.1, "train_nll": 75.3}], "best_step": 500}'
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "train_nll", "val": "val_nll"}
    assert log.rows[-2:] == [(500, "train", {"loss": 75.3}), (500, "val", {"loss": 76.1})]


def test_a_row_whose_step_is_a_word_is_passed_over_and_said(tmp_path: Path) -> None:
    # A script's CSV marks the end of each epoch with a summary row; other junk is an error.
    path = tmp_path / "training_log.csv"
    path.write_text(
        "epoch,step,train_loss,val_loss\n1,500,1.89,1.98\n1,epoch_end,1.85,1.95\n2,1000,1.61,1.70\n"
    )
    [log] = read_logs(path)
    assert "(1 rows whose step is 'epoch_end' passed over)" in log.format
    assert [s for s, split, _ in log.rows if split == "train"] == [500, 1000]
    path.write_text("epoch,step,train_loss\n1,500,1.89\n1,5x0,1.85\n")
    with pytest.raises(LogError, match="line 3"):
        read_logs(path)


def test_console_text_appended_after_a_history_is_passed_over_and_said(tmp_path: Path) -> None:
    # A notebook wrote its CSVLogger history, then pasted Keras' console output and a report.
    path = tmp_path / "cnn_training_log.csv"
    path.write_text(
        "epoch,accuracy,loss,val_loss\n0,0.75,1.99,4.18\n1,0.78,1.75,1.81\n\n\n"
        "Epoch 1/25\n437/437 [=====] - 1247s 3s/step - loss: 1.9961 - val_loss: 4.1895\n"
        "CNN Model - Precision: 0.7149\n"
    )
    [log] = read_logs(path)
    assert "(text after line 3 passed over)" in log.format
    assert log.rows == [(1, "train", {"loss": 1.99}), (1, "val", {"loss": 4.18}),
                        (2, "train", {"loss": 1.75}), (2, "val", {"loss": 1.81})]  # fmt: skip
    # A row of one cell inside the table does not end it.
    path.write_text("epoch,loss\n0,1.9\n1\n2,1.7\n")
    [log] = read_logs(path)
    assert [s for s, _, _ in log.rows] == [1, 3]


def test_losses_named_by_their_function_are_read(tmp_path: Path) -> None:
    # Lightning Flash names a segmenter's loss by its function, on step and on epoch.
    path = tmp_path / "metrics.csv"
    path.write_text(
        "val_jaccard,val_cross_entropy,epoch,step,train_cross_entropy_epoch,"
        "train_cross_entropy_step\n"
        "0.08,1.54,0,21,,\n,,0,21,2.19,\n,,1,30,,1.4\n0.1,1.21,1,43,,\n,,1,43,1.30,\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "train_cross_entropy_epoch", "val": "val_cross_entropy"}
    assert [v["loss"] for _, split, v in log.rows if split == "val"] == [1.54, 1.21]
    # An evaluation's step values are the batches of one evaluation: its epoch value is read.
    path.write_text(
        "train_loss_step,epoch,step,val_loss_step,val_loss_epoch\n"
        "2.1,0,9,,\n,0,9,1.9,\n,0,9,2.2,\n,0,9,,2.05\n1.8,1,19,,\n,1,19,1.7,\n,1,19,1.8,\n"
        ",1,19,,1.75\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "train_loss_step", "val": "val_loss_epoch"}


def test_a_console_printing_a_dataset_of_dicts_on_one_line_is_read_in_linear_time(
    tmp_path: Path,
) -> None:
    """A notebook that prints its dataset (ynu02: a list of 10,000 dicts on one 1.4 MB line)
    before its Trainer's dicts: each dict's label and epoch were looked for in the whole line
    before it, again for every dict (minutes on that line); now in the piece since the dict
    before. The Trainer's own dicts are read as before, the dataset's passed over."""
    dataset = "[" + ", ".join(
        f"{{'text': 'sentence {i}', 'label': {{'name{i}': [[0, {i}]]}}}}" for i in range(15_000)
    ) + "]"
    trainer = "".join(
        f"{{'loss': {1 / s:.4f}, 'learning_rate': 5e-05, 'epoch': {s / 10}}}\n"
        for s in range(1, 6)
    )
    path = write(tmp_path / "train.log", dataset + "\n" + trainer)
    started = time.perf_counter()
    [log] = read_logs(path)
    assert time.perf_counter() - started < 15.0
    assert series_of(log)["train/loss"] == {1: 1.0, 2: 0.5, 3: 0.3333, 4: 0.25, 5: 0.2}


def test_launches_appended_to_one_trainer_console_log_are_runs_apart(tmp_path: Path) -> None:
    # A script's logger prints `Epoch N: {'loss': X}`; each launch appends to the same file.
    lines = [f"2025-02-22 12:51:4{i} - INFO - Epoch {i}: {{'loss': {9 - i}.5}}" for i in range(3)]
    lines += ["2025-02-22 12:54:20 - INFO - Will save checkpoints every 10 epochs"]
    lines += [f"2025-02-22 12:54:2{i} - INFO - Epoch {i}: {{'loss': {9 - i}.25}}" for i in (0, 1)]
    path = tmp_path / "train.log"
    path.write_text("\n".join(lines) + "\n")
    first, second = read_logs(path)
    assert first.part == "run 1 of 2 (lines 1-3)" and second.part == "run 2 of 2 (lines 5-6)"
    assert second.rows == [(1, "train", {"loss": 9.25}), (2, "train", {"loss": 8.25})]


def test_lists_under_model_names_in_a_loss_file_are_each_a_run(tmp_path: Path) -> None:
    # A script saved each model's epoch losses under the model's name: the file's name says
    # they are losses; elsewhere such lists are no log.
    text = '{"lstm": [0.0202, 0.0198, 0.0197], "gru": [0.031, 0.024, 0.021]}'
    (tmp_path / "loss_history.json").write_text(text)
    lstm, gru = read_logs(tmp_path / "loss_history.json")
    assert lstm.columns == {"train": "lstm"} and lstm.part == "model 'lstm' (1 of 2)"
    assert gru.rows == [(1, "train", {"loss": 0.031}), (2, "train", {"loss": 0.024}),
                        (3, "train", {"loss": 0.021})]  # fmt: skip
    (tmp_path / "predictions.json").write_text(text)
    with pytest.raises(LogError, match="without log_history"):
        read_logs(tmp_path / "predictions.json")


def test_a_restarted_deepmd_learning_curve_is_two_runs(tmp_path: Path) -> None:
    header = "#  step      rmse_val    rmse_trn    rmse_e_val  rmse_e_trn         lr\n"
    row = "{:>7}      {}    {}      4.6e-01    4.6e-01    1.0e-03\n"
    text = header + row.format(0, "1.07e+01", "1.02e+01") + row.format(100, "2.10e+00", "2.44e+00")
    text += header + row.format(0, "9.90e+00", "9.80e+00")
    (tmp_path / "lcurve.out").write_text(text)
    first, second = read_logs(tmp_path / "lcurve.out")
    assert first.columns == {"train": "rmse_trn", "val": "rmse_val", "lr": "lr"}
    losses = [r for r in first.rows if r[0] == 100 and r[1] != "lr"]
    assert losses == [(100, "train", {"loss": 2.44}), (100, "val", {"loss": 2.1})]
    assert [r for r in second.rows if r[1] != "lr"] == [
        (0, "train", {"loss": 9.8}),
        (0, "val", {"loss": 9.9}),
    ]


def test_a_sweep_of_one_run_a_line_is_read_as_several_runs(tmp_path: Path) -> None:
    # A sensitivity sweep's curves.jsonl: each line one setting, its records under a key.
    path = tmp_path / "curves.jsonl"
    lines = [
        f'{{"optimizer": "sgd", "lr": {lr}, "seed": 0, "curve": ['
        f'{{"epoch": 1, "train_loss": {a}, "train_err": 81.1, "test_loss": {b}}}, '
        f'{{"epoch": 2, "train_loss": {b}, "train_err": 60.2, "test_loss": {a}}}]}}'
        for lr, a, b in ((2.0, 8.2, 8.7), (0.01, 1.9, 1.6))
    ]
    path.write_text("\n".join(lines) + "\n")
    logs = read_logs(path)
    assert [(log.part, log.format) for log in logs] == [
        ("line 1 of 2", "JSON records under 'curve' (step = epoch)"),
        ("line 2 of 2", "JSON records under 'curve' (step = epoch)"),
    ]
    assert logs[1].rows == [(1, "train", {"loss": 1.9}), (1, "val", {"loss": 1.6}),
                            (2, "train", {"loss": 1.6}), (2, "val", {"loss": 1.9})]  # fmt: skip
    # One such object alone is one run.
    path.write_text(lines[0])
    [log] = read_logs(path)
    assert log.format == "JSON records under 'curve' (step = epoch)" and log.points("val") == 2


@pytest.mark.parametrize(
    ("history", "words", "val"),
    [
        # Keras' fit(validation_freq=2): the val list has one value every 2 epochs.
        (
            '{"loss": [0.92, 0.81, 0.74, 0.66], "val_loss": [0.88, 0.71]}',
            "JSON history (step = list index + 1; 'val_loss' every 2 epochs)",
            [(2, 0.88), (4, 0.71)],
        ),
        # Lengths that do not divide: the values stay at the first epochs, and the words say.
        (
            '{"loss": [0.92, 0.81, 0.74, 0.66], "val_loss": [0.95, 0.88, 0.79]}',
            "JSON history (step = list index + 1; 'val_loss' at the first 3 of 4 epochs)",
            [(1, 0.95), (2, 0.88), (3, 0.79)],
        ),
    ],
    ids=["every 2 epochs", "lengths that do not divide"],
)
def test_a_shorter_val_list_of_a_json_history_is_placed_as_the_words_say(
    tmp_path: Path, history: str, words: str, val: list[tuple[int, float]]
) -> None:
    path = tmp_path / "history.json"
    path.write_text(history)
    [log] = read_logs(path)
    assert log.format == words and log.points("train") == 4
    assert [(s, v["loss"]) for s, split, v in log.rows if split == "val"] == val


def test_a_keras_history_saved_by_pandas_is_read_in_row_order(tmp_path: Path) -> None:
    """`pd.DataFrame(history.history).to_json("history.json")` keys each column by its row
    number (yby04 was refused as an object without log_history); rows in any order, NaN as
    null. A frame of anything but numbers (a label map) is no history."""
    path = tmp_path / "history.json"
    path.write_text(
        '{"loss": {"0": 0.0296, "2": 0.0259, "1": 0.0263}, '
        '"val_loss": {"0": 0.0301, "2": null, "1": 0.0288}, '
        '"lr": {"0": 1e-3, "1": 1e-3, "2": 5e-4}}'
    )
    [log] = read_logs(path)
    assert log.format.startswith("JSON history (step = list index + 1")
    series = series_of(log)
    assert series["train/loss"] == {1: 0.0296, 2: 0.0263, 3: 0.0259}
    assert series["val/loss"][1] == 0.0301 and series["val/loss"][2] == 0.0288
    assert series["lr"] == {1: 1e-3, 2: 1e-3, 3: 5e-4}
    path.write_text('{"label": {"0": "cat", "1": "dog"}, "loss": {"0": 0.5, "1": 0.4}}')
    with pytest.raises(LogError):
        read_logs(path)


def test_a_keras_history_saved_on_its_side_is_read_by_epoch(tmp_path: Path) -> None:
    """`pd.DataFrame(history.history).T.to_csv("history.csv")`: a row a metric under a header
    of 0-based epochs (yje02 was refused as not a training log); its epochs are the steps, as
    a CSVLogger's. A side table of names that hold no loss, or whose columns are not
    epochs counted from 0 or 1, is no history."""
    path = tmp_path / "history.csv"
    path.write_text(
        ",0,1,2\n"
        "loss,1.9656,1.2793,0.9893\n"
        "accuracy,0.5162,0.6592,0.7129\n"
        "val_loss,1.6726,1.8312,2.0490\n"
    )
    [log] = read_logs(path)
    assert log.kind == "keras_csv" and log.columns == {"train": "loss", "val": "val_loss"}
    series = series_of(log)
    assert series["train/loss"] == {1: 1.9656, 2: 1.2793, 3: 0.9893}
    assert series["val/loss"] == {1: 1.6726, 2: 1.8312, 3: 2.0490}
    for text in (",0,1,2\naccuracy,0.5,0.6,0.7\n", ",0,2,4\nloss,0.5,0.4,0.3\n"):
        path.write_text(text)
        with pytest.raises(LogError):
            read_logs(path)


def test_models_kept_by_name_each_with_its_history_are_read_as_runs(tmp_path: Path) -> None:
    """A comparison's `models/metrics.json`: each model under its name, its settings and final
    scores beside its per-epoch records (ydc01 was refused as an object without log_history)."""
    path = tmp_path / "metrics.json"
    model = {
        "image_size": 224,
        "best_validation_accuracy": 0.74,
        "test_metrics": {"accuracy": 0.71},
    }
    path.write_text(
        json.dumps(
            {
                "baseline_cnn": {
                    **model,
                    "history": [
                        {"epoch": 1, "train_loss": 0.68, "val_loss": 0.69, "val_accuracy": 0.49},
                        {"epoch": 2, "train_loss": 0.66, "val_loss": 0.70, "val_accuracy": 0.49},
                    ],
                },
                "mobilenetv2": {
                    **model,
                    "history": [{"epoch": 1, "train_loss": 0.52, "val_loss": 0.47}],
                },
            }
        )
    )
    cnn, mobilenet = read_logs(path)
    assert cnn.part == "model 1 of 2" and "'baseline_cnn/history'" in cnn.format
    assert series_of(cnn) == {"train/loss": {1: 0.68, 2: 0.66}, "val/loss": {1: 0.69, 2: 0.70}}
    assert series_of(mobilenet) == {"train/loss": {1: 0.52}, "val/loss": {1: 0.47}}


def test_a_p2pnet_run_log_is_read_from_records_run_together(tmp_path: Path) -> None:
    """P2PNet writes each epoch's `loss/loss@E:`, its `loss_ce` part and `[ep E][lr LR][Ts]`
    with no newline between them (ydr01-05 were refused): the total at step E + 1 with its
    learning rate; the evaluation's counts are no loss; a fresh launch appended is a run."""
    launch = "Eval Log Mon Sep  9 18:01:53 2024\nNamespace(lr=0.0001, epochs=3500)"
    epochs = [(0, 0.0023, 1e-4), (1, 0.0014, 1e-4), (2, 0.0012, 5e-5)]
    records = "".join(
        f"loss/loss@{e}: {v}loss/loss_ce@{e}: {v / 2}[ep {e}][lr {lr:.7f}][201.98s]"
        + ("mae:61.2, mse:98.4, time:12.1, best mae:61.2" if e == 1 else "")
        for e, v, lr in epochs
    )
    path = write(tmp_path / "run_log.txt", f"{launch}{records}\n{launch}{records[:60]}\n")
    first, second = read_logs(path)
    assert first.format.startswith("P2PNet run_log.txt (step = epoch + 1)")
    assert series_of(first) == {
        "train/loss": {1: 0.0023, 2: 0.0014, 3: 0.0012},
        "lr": {1: 1e-4, 2: 1e-4, 3: 5e-5},
    }
    assert series_of(second)["train/loss"] == {1: 0.0023}


def test_loss_lists_grouped_by_data_set_are_read_a_run_each(tmp_path: Path) -> None:
    """A benchmark's `training_losses.json`: per-epoch losses of each model under each data
    set (yds01-05 were refused); the same shape under a name that says nothing of losses, or
    with a setting beside the lists, is not read as losses."""
    groups = {
        "Nations": {"TransE": [1.02, 0.97], "DistMult": [0.99, 0.95]},
        "UMLS": {"ConvE": [0.5]},
    }
    path = write(tmp_path / "training_losses.json", json.dumps(groups))
    logs = read_logs(path)
    assert [log.part for log in logs] == [
        "model 'Nations/TransE' (1 of 3)",
        "model 'Nations/DistMult' (2 of 3)",
        "model 'UMLS/ConvE' (3 of 3)",
    ]
    assert series_of(logs[1]) == {"train/loss": {1: 0.99, 2: 0.95}}
    write(path, json.dumps({**groups, "UMLS": {"ConvE": [0.5], "epochs": 50}}))
    with pytest.raises(LogError):
        read_logs(path)
    with pytest.raises(LogError):
        read_logs(write(tmp_path / "scores.json", json.dumps(groups)))


def test_scalars_kept_by_tag_are_read_at_their_steps(tmp_path: Path) -> None:
    """Each metric's points under its name, as TensorBoard's scalars are dumped (yec02's
    `loss_history.json` was refused): the losses chosen by name, evaluations at their own
    steps; a tag whose steps are no numbers is no such file."""
    tags = {
        "train_loss": [{"step": 5, "value": 0.78}, {"step": 10, "value": 0.71}],
        "eval_loss": [{"step": 0, "value": 0.74}, {"step": 10, "value": 0.46}],
        "eval_accuracy": [{"step": 0, "value": 0.1}, {"step": 10, "value": 0.5}],
    }
    path = write(tmp_path / "loss_history.json", json.dumps(tags))
    [log] = read_logs(path)
    assert log.format.startswith("JSON scalars by tag")
    assert series_of(log) == {"train/loss": {5: 0.78, 10: 0.71}, "val/loss": {0: 0.74, 10: 0.46}}
    write(path, json.dumps({**tags, "train_loss": [{"step": "5", "value": 0.78}]}))
    with pytest.raises(LogError):
        read_logs(path)


def test_records_keyed_by_epoch_beside_settings_are_read(tmp_path: Path) -> None:
    """A results page's run file: its config beside `metrics` keyed by epoch number, the keys
    in text order (yef01-05 were refused); two such objects are no one run."""
    metrics = {
        "10": {"epoch": 10, "training_loss": 2.5, "validation_loss": 2.6, "validation_f1": 3.0},
        "5": {"epoch": 5, "training_loss": 2.9, "validation_loss": 2.8, "validation_f1": 2.0},
        "15": {"epoch": 15, "training_loss": 2.2, "validation_loss": 2.5, "validation_f1": 3.5},
    }
    run = {"run_id": "8164c76e", "config": {"lr": 1e-3, "epochs": 15}, "metrics": metrics}
    path = write(tmp_path / "run_8164c76e.json", json.dumps(run))
    [log] = read_logs(path)
    assert log.format.startswith("JSON records keyed by epoch under 'metrics'")
    assert series_of(log) == {
        "train/loss": {5: 2.9, 10: 2.5, 15: 2.2},
        "val/loss": {5: 2.8, 10: 2.6, 15: 2.5},
    }
    write(path, json.dumps({**run, "metrics_again": metrics}))
    with pytest.raises(LogError):
        read_logs(path)


def test_an_epoch_list_shorter_than_the_loss_truncates_nothing(tmp_path: Path) -> None:
    # A resumed run's history: the epoch list was kept from the second run only.
    path = tmp_path / "history.json"
    path.write_text('{"epoch": [2, 3], "loss": [0.92, 0.81, 0.74, 0.66]}')
    [log] = read_logs(path)
    assert log.format.endswith("; its epoch list of 2 for 4 values unused)")
    assert [s for s, _, _ in log.rows] == [1, 2, 3, 4]


def test_a_broken_dict_in_a_trainer_log_is_passed_over_silently(tmp_path: Path) -> None:
    # Cut or garbled lines: Python's parser warns on one (`1in`), refuses the other's key.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        [log] = read_text(
            tmp_path,
            "{'loss': 0.52, 'epoch': 1in}\n"
            "{'loss': 0.47, [1]: 2}\n"
            "{'loss': 0.41, 'learning_rate': 2e-05, 'epoch': 2.0}\n"
            "{'loss': 0.35, 'learning_rate': 1e-05, 'epoch': 3.0}\n",
        )
    assert caught == []
    assert log.kind == "trainer_console" and log.points("train") == 2


def test_keras_lines_cut_to_each_epochs_last_keep_every_epoch(tmp_path: Path) -> None:
    # `grep val_loss` of a fit() log: no `Epoch k/N` heading, one full bar line an epoch.
    [log] = read_text(
        tmp_path,
        "211/211 [==============================] - 5s 20ms/step - loss: 1.501 - val_loss: 1.203\n"
        "211/211 [==============================] - 4s 19ms/step - loss: 0.987 - val_loss: 1.098\n",
    )
    assert log.points("train") == log.points("val") == 2


@pytest.mark.parametrize(("compress", "name"), [(lzma.compress, "xz"), (bz2.compress, "bzip2")])
def test_xz_and_bzip2_files_read_as_gzip_ones_do(tmp_path: Path, compress, name) -> None:
    path = tmp_path / f"history.csv.{name}"
    path.write_bytes(compress(KERAS_CSV))
    [log] = read_logs(path)
    assert log.format.endswith(f", {name}") and log.points("train") == log.points("val") == 3
    path.write_bytes(compress(KERAS_CSV)[:20])
    with pytest.raises(LogError, match=f"a damaged {name} file"):
        read_logs(path)


def test_a_cost_column_is_a_loss(tmp_path: Path) -> None:
    # A from-scratch recogniser's per-epoch CSV (holdout t02) and a JSON-lines log.
    [log] = read_logs(RAW / "t02_ctcaejump.src.csv")
    assert log.columns == {"train": "cost"} and log.points("train") == 1000
    lines = tmp_path / "log.jsonl"
    lines.write_text('{"iter": 10, "cost": 2.5}\n{"iter": 20, "cost": 2.1}\n')
    [log] = read_logs(lines)
    assert log.rows == [(10, "train", {"loss": 2.5}), (20, "train", {"loss": 2.1})]


def test_a_lightning_loss_logged_on_step_and_epoch_is_the_training_loss(tmp_path: Path) -> None:
    # `self.log("loss", ..., on_step=True, on_epoch=True)`: columns loss_step and loss_epoch.
    [log] = read_logs(RAW / "s15_mgnoof.src.csv")
    assert log.columns["train"] == "loss_step" and log.points("train") == 440
    assert log.points("val") == 8
    # The finer of the two, as for train_loss_step/_epoch: 20 epochs of 10 batches logged
    # every 50 steps have 4 step points and 20 epoch means.
    rows = ["epoch,loss_epoch,loss_step,step,val_loss"]
    for epoch in range(20):
        rows += [f"{epoch},,{0.9 / (s + 1)},{s}," for s in range(epoch * 10, epoch * 10 + 10)
                 if s % 50 == 49]  # fmt: skip
        rows += [f"{epoch},{1.0 / (epoch + 1)},,{epoch * 10 + 9},"]
        rows += [f"{epoch},,,{epoch * 10 + 9},{1.1 / (epoch + 1)}"]
    path = tmp_path / "metrics.csv"
    path.write_text("\n".join(rows) + "\n")
    [log] = read_logs(path)
    assert log.columns["train"] == "loss_epoch" and log.points("train") == 20


def test_an_mlflow_metric_file_takes_its_split_from_its_name(tmp_path: Path) -> None:
    # mlruns/<experiment>/<run>/metrics/<name>: "<ms timestamp> <value> <step>" lines.
    for name, split in (("l2.train", "train"), ("val_loss", "val"), ("loss", "train")):
        path = tmp_path / name
        path.write_text("1779751604284 0.99663 0\n1779751604288 0.99579 1\n1779751604289 nan 2\n")
        [log] = read_logs(path)
        assert log.format == f"MLflow metric file ({split}, from the file name)"
        assert [r[0] for r in log.rows] == [0, 1, 2] and {r[1] for r in log.rows} == {split}
        assert math.isnan(log.rows[2][2]["loss"])
    # A metric logged as `val/loss` is the file metrics/val/loss.
    (tmp_path / "metrics" / "val").mkdir(parents=True)
    (tmp_path / "metrics" / "val" / "loss").write_text("1779751604284 0.99663 0\n")
    [log] = read_logs(tmp_path / "metrics" / "val" / "loss")
    assert log.format == "MLflow metric file (val, from the file name)"


def test_an_mlflow_value_logged_at_step_0_after_the_run_is_a_summary(tmp_path: Path) -> None:
    """bb09's val_loss ends with values an Optuna study logged without a step (MLflow puts
    them at step 0) after step 74: summaries, passed over, not step 0's value again."""
    path = tmp_path / "val_loss"
    path.write_text(
        "1750855352209 1.280683159828186 0\n"
        "1750855352470 1.0904674530029297 1\n"
        "1750855371470 0.06940879672765732 2\n"
        "1750855371596 0.05082836374640465 0\n"
        "1750855352209 1.280683159828186 0\n"
    )
    [log] = read_logs(path)
    assert log.rows[0] == (0, "val", {"loss": 1.280683159828186})
    assert [r[0] for r in log.rows] == [0, 1, 2]
    assert "2 values logged at step 0 after the run passed over" in log.format


def test_an_mlflow_metric_logged_without_a_step_is_read_in_its_order(tmp_path: Path) -> None:
    """A script that calls `mlflow.log_metric("eval_loss", v)` each epoch without a step puts
    every value at step 0 (zak01 read as one point): its values in the order logged, from 1."""
    run = tmp_path / "mlruns" / "0" / "abc" / "metrics"
    run.mkdir(parents=True)
    (run / "eval_loss").write_text(
        "1598364005597 1.6121534347534179 0\n"
        "1598364132268 1.61068434715271 0\n"
        "1598364267360 1.6174995183944703 0\n"
    )
    [log] = read_logs(run / "eval_loss")
    assert [(s, v["loss"]) for s, _, v in log.rows] == [
        (1, 1.6121534347534179), (2, 1.61068434715271), (3, 1.6174995183944703)
    ]  # fmt: skip
    assert "logged without a step: step = the value's place" in log.format


@pytest.mark.parametrize(("name", "column"), [("megatron.log", "lm loss"), ("neox.log", "lm_loss")])
def test_a_loss_named_by_its_model_is_read_and_its_scale_is_not(name: str, column: str) -> None:
    """Megatron-LM and GPT-NeoX print `lm loss` beside `loss scale` (fp16's, doubling as it
    goes): the loss is the training loss, the scale no loss at all."""
    [log] = read_logs(SAMPLES / name)
    assert log.columns["train"] == column
    train = [(step, v["loss"]) for step, split, v in log.rows if split == "train"]
    assert [step for step, _ in train] == [100 * (i + 1) for i in range(len(train))]
    assert len(train) >= 3 and all(2 < loss < 10 for _, loss in train)


def test_evaluations_of_an_opennmt_log_without_its_reports_are_no_log(tmp_path: Path) -> None:
    """Older OpenNMT-py prints reports as `Epoch  1,  50/ 1000; … xent: 7.76`, with no global
    step: its `Validation perplexity` lines alone have none to stand at, so the file is refused,
    not read as one evaluation at step 0."""
    path = tmp_path / "train.log"
    path.write_text(
        "Epoch  1,    50/ 1000; acc:   4.12; ppl: 2345.10; xent: 7.76; 12 s elapsed\n"
        "Validation perplexity: 620.5\n"
        "Epoch  2,    50/ 1000; acc:  12.12; ppl: 345.10; xent: 5.84; 12 s elapsed\n"
        "Validation perplexity: 220.5\n"
    )
    with pytest.raises(LogError):
        read_logs(path)


def test_one_column_of_losses_under_its_name_is_a_log(tmp_path: Path) -> None:
    """A loop that appends each loss to a file under a `losses` header (a DQN's losses.csv):
    step = row; a NaN kept; numbers without a name that says loss are no log."""
    path = tmp_path / "losses.csv"
    path.write_text("losses\n11.6\n9.81\nnan\n0.13\n")
    [log] = read_logs(path)
    assert comparable(log.rows) == comparable(
        [(1, "train", {"loss": 11.6}), (2, "train", {"loss": 9.81}), (3, "train", {"loss": NAN}),
         (4, "train", {"loss": 0.13})]
    )  # fmt: skip
    path.write_text("reward\n11.6\n9.81\n")
    with pytest.raises(LogError):
        read_logs(path)


@pytest.mark.parametrize(
    ("name", "content", "split", "values"),
    [
        # pandas' to_csv of a list: its column label `0` is no value.
        ("train_loss.csv", "0\n0.6925\n0.6911\nnan\n", "train", [0.6925, 0.6911, NAN]),
        # np.savetxt of a list.
        ("val_loss.csv", "2.25e-01\n2.23e-01\n", "val", [0.225, 0.223]),
        # A list written as one CSV row, with its trailing comma.
        ("losses.csv", "166.3,1100.76,91.3,\n", "train", [166.3, 1100.76, 91.3]),
        # Whole numbers throughout: the first is a value, not a label.
        ("train_losses.txt", "0\n1\n2\n", "train", [0.0, 1.0, 2.0]),
    ],
)
def test_bare_numbers_in_a_file_named_for_losses_are_a_log(
    tmp_path: Path, name: str, content: str, split: str, values: list[float]
) -> None:
    """Losses a script saved as a bare list (`train_loss.csv`, `val_loss.csv`): step =
    position, the split from the file name."""
    path = tmp_path / name
    path.write_text(content)
    [log] = read_logs(path)
    assert comparable(log.rows) == comparable(
        [(n, split, {"loss": v}) for n, v in enumerate(values, start=1)]
    )


MMDET_LOG_JSON = "\n".join(
    [
        '{"env_info": "sys.platform: linux", "config": "model = dict()", "seed": 0}',
        '{"mode": "train", "epoch": 1, "iter": 50, "lr": 0.0001, "loss_cls": 1.2, "loss": 2.3}',
        '{"mode": "train", "epoch": 1, "iter": 100, "lr": 0.0002, "loss_cls": 1.0, "loss": 2.0}',
        '{"mode": "val", "epoch": 1, "iter": 500, "lr": 0.0002, "loss": 2.1, "bbox_mAP": 0.1}',
        '{"mode": "train", "epoch": 2, "iter": 50, "lr": 0.0002, "loss_cls": 0.9, "loss": 1.8}',
    ]
)


def test_an_mmdetection_log_json_counts_its_records_and_reads_validation(tmp_path: Path) -> None:
    """MMDetection 2's `<time>.log.json`: a first record of its environment, an `iter` that
    restarts each epoch, validation records under `mode: val`. Each train record is one
    point (none written over by the next epoch's same `iter`), the validation loss is val."""
    path = tmp_path / "20230101_120000.log.json"
    path.write_text(MMDET_LOG_JSON + "\n")
    [log] = read_logs(path)
    losses = [(step, split, v["loss"]) for step, split, v in log.rows if split != "lr"]
    assert losses == [(1, "train", 2.3), (2, "train", 2.0), (2, "val", 2.1), (3, "train", 1.8)]
    # Its words name the validation it read (under the training key), not "no val".
    assert log.columns == {"train": "loss", "val": "loss", "lr": "lr"}
    assert "val 'loss' 1" in log.describe()


def test_an_mmclassification_log_json_is_not_numbered_by_its_evaluations_iter(
    tmp_path: Path,
) -> None:
    """MMClassification's evaluation records carry a learning rate and no loss, at the `iter`
    of their own batches (157 after a training epoch's 700): they do not say the step counts
    the run, so each epoch's records are not written over by the next's at the same `iter`
    (an epoch of 7 points each was read as 7 points in all)."""
    lines = ['{"env_info": "sys.platform: linux", "seed": 0}']
    for epoch in (1, 2, 3):
        lines += [
            f'{{"mode": "train", "epoch": {epoch}, "iter": {i}, "lr": 0.01, "loss": 0.{epoch}{i}}}'
            for i in (100, 200, 300)
        ]
        lines.append(f'{{"mode": "val", "epoch": {epoch}, "iter": 157, "lr": 0.01, "top-1": 95}}')
    path = tmp_path / "20230206_204825.log.json"
    path.write_text("\n".join(lines) + "\n")
    [log] = read_logs(path)
    losses = [v["loss"] for _, split, v in log.rows if split == "train"]
    assert losses == [0.1100, 0.1200, 0.1300, 0.2100, 0.2200, 0.2300, 0.3100, 0.3200, 0.3300]
    assert [s for s, split, _ in log.rows if split == "train"] == list(range(1, 10))


def test_mmdetection_launches_appended_to_one_log_json_are_runs_apart(tmp_path: Path) -> None:
    """MMDetection's tutorial API writes every launch to one `None.log.json` (no timestamp):
    each launch starts again at epoch 1, iter 10, after the last one's evaluation, or inside
    an epoch cut short (yqn02's seven launches were read as one run of 31 steps, each
    launch's records written over the last's at the same `iter`)."""
    lines = []
    for epochs, last in ((2, 30), (1, 20), (2, 30)):  # the second launch is cut short
        for epoch in range(1, epochs + 1):
            lines += [
                f'{{"mode": "train", "epoch": {epoch}, "iter": {i}, "lr": 0.01, '
                f'"loss": {epochs}.{epoch}{i}}}'
                for i in range(10, last + 1, 10)
            ]
            if last == 30:
                lines.append(f'{{"mode": "val", "epoch": {epoch}, "iter": 40, "mAP": 0.5}}')
    path = tmp_path / "tutorial_exps" / "None.log.json"
    path.parent.mkdir()
    path.write_text("\n".join(lines) + "\n")
    logs = read_logs(path)
    assert [log.part for log in logs] == ["launch 1 of 3", "launch 2 of 3", "launch 3 of 3"]
    # A record without the loss back at iter 0 (a learning rate alone) opens no launch.
    lines.insert(3, '{"mode": "train", "epoch": 1, "iter": 0, "lr": 0.01}')
    path.write_text("\n".join(lines) + "\n")
    assert len(read_logs(path)) == 3
    trains = [[(s, v["loss"]) for s, split, v in log.rows if split == "train"] for log in logs]
    assert (
        trains[0] == trains[2] == [(1, 2.11), (2, 2.12), (3, 2.13), (4, 2.21), (5, 2.22), (6, 2.23)]
    )
    assert trains[1] == [(10, 1.11), (20, 1.12)]


def test_a_yolo_results_txt_reads_its_classification_loss(tmp_path: Path) -> None:
    """YOLOv5's results.txt (no header; `epoch/last gpu_mem box obj cls total labels img_size
    P R mAP mAP val_box val_obj val_cls`): the classification losses, as its results.csv is
    read, at step = epoch + 1; a NaN kept."""
    path = tmp_path / "results.txt"
    path.write_text(
        "     0/299     1.85G    0.1259   0.06233   0.03069    0.2189        25       416"
        "         0         0  0.009178  0.002157    0.1183   0.04673    0.0293\n"
        "     1/299     1.86G    0.1215   0.06462       nan    0.2162        24       416"
        "         0         0   0.01217  0.002438    0.1157   0.04518   0.02875\n"
    )
    [log] = read_logs(path)
    assert log.kind == "yolo_results_txt" and log.columns == {"train": "cls", "val": "val cls"}
    assert comparable(log.rows) == comparable(
        [(1, "train", {"loss": 0.03069}), (1, "val", {"loss": 0.0293}),
         (2, "train", {"loss": NAN}), (2, "val", {"loss": 0.02875})]
    )  # fmt: skip


@pytest.mark.parametrize("stem", ["yvn01_v10mflat", "yvn02_v10minf", "yvn05_v10nbest1"])
def test_a_yolov10_results_csv_reads_its_one_to_many_box_loss(stem: str) -> None:
    """YOLOv10's results.csv names the losses of its two heads by their split and part, not
    "loss" (`train/box_om` one-to-many, `train/box_oo` one-to-one): it was refused as a CSV
    without a loss column. The one-to-many head's box loss is read, with its learning rate:
    the held-out runs' own series (a flat validation, inf epochs, an overfit from the first)."""
    [log] = read_logs(RAW / f"{stem}.src.csv")
    assert log.kind == "ultralytics_csv"
    assert log.columns == {"train": "train/box_om", "val": "val/box_om", "lr": "lr/pg0"}
    assert comparable(log.rows) == comparable(read_run(HOLDOUT / f"{stem}.csv"))


def test_bare_numbers_named_otherwise_are_no_log(tmp_path: Path) -> None:
    """Bare numbers in a file whose name does not say loss could be any quantity."""
    for name, content in (("accuracy.csv", "0.5\n0.6\n"), ("metrics.csv", "0.5,0.6,0.7\n")):
        path = tmp_path / name
        path.write_text(content)
        with pytest.raises(LogError):
            read_logs(path)


def test_epoch_step_loss_lines_in_a_file_named_for_losses_are_a_log(tmp_path: Path) -> None:
    """zdf06's source, a PINN logger's headerless `epoch,step,loss` lines (each the mean over
    1000 steps) in `loss.csv`, reads to the corpus rows: step = the second number. Named
    otherwise, or with a second number that restarts (a step within the epoch), the three
    numbers are no log."""
    path = tmp_path / "loss.csv"
    shutil.copy(RAW / "zdf06_burg1054.src.csv", path)
    [log] = read_logs(path)
    assert log.kind == "epoch_step_loss"
    assert comparable(log.rows) == comparable(read_run(HOLDOUT / "zdf06_burg1054.csv"))
    path.write_text("1,100,0.9\n1,200,0.8\n2,100,0.7\n2,200,0.6\n")
    with pytest.raises(LogError):
        read_logs(path)
    path = tmp_path / "metrics.csv"
    path.write_text("1,1000,0.08\n2,2000,0.009\n")
    with pytest.raises(LogError):
        read_logs(path)
    # A clock's seconds (a Unix time) or a count below the first number is no step.
    path = tmp_path / "loss.csv"
    for lines in ("1,1717000000,0.9\n2,1717000060,0.8\n", "5,1,0.9\n6,2,0.8\n"):
        path.write_text(lines)
        with pytest.raises(LogError):
            read_logs(path)


def test_a_console_pasted_into_an_html_page_is_read_from_its_text(tmp_path: Path) -> None:
    """A blog post's generated page (Hexo's highlighter: each console line a `<span>`, ended
    by `<br>`, entities for `<` and `&`) reads as the console it shows; zeh01's page reads its
    14 training losses. A page showing no log says it is a page."""
    lines = "<br>".join(
        f'<span class="line">Epoch {e}/8 - loss: {1 / e:.4f} - val_loss: {1.2 / e:.4f}'
        " &amp; ok</span>"
        for e in range(1, 9)
    )
    page = tmp_path / "index.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>run</title><script>var loss = 9;</script></head>"
        f"<body><p>What I ran:</p><figure><pre>{lines}</pre></figure></body></html>"
    )
    [log] = read_logs(page)
    assert log.format.endswith("in an HTML page")
    assert log.points("train") == 8 and log.points("val") == 8
    assert log.rows[-1][2] == {"loss": 0.15}
    [kaldi] = read_logs(shutil.copy(RAW / "zeh01_kaldithchs.src.html", tmp_path / "post.html"))
    assert kaldi.points("train") == 14
    page.write_text("<!DOCTYPE html><html><body><p>No training here.</p></body></html>")
    with pytest.raises(LogError, match="an HTML page whose text"):
        read_logs(page)


def _live_script(path: Path, outputs: str) -> Path:
    """Write a Live Script package whose saved outputs are `outputs` (its outputArray's XML)."""
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("matlab/document.xml", "<w:document/>")
        package.writestr(
            "matlab/output.xml",
            f"<embeddedOutputs><outputArray>{outputs}</outputArray></embeddedOutputs>",
        )
    return path


def test_a_matlab_live_script_reads_its_text_outputs_and_says_why_not(tmp_path: Path) -> None:
    """A Live Script's text outputs are read as files (a loop's prints, XML entities undone),
    its figures passed over; one whose outputs hold no log, or a zip of something else, is
    refused with what it is."""
    prints = "\n".join(f"Epoch {e}: loss = {1 / e:.4f} &amp; val_loss = {1.2 / e:.4f}"
                        for e in range(1, 9))  # fmt: skip
    figure = (
        "<element><type>figure</type><outputData><figureUri>data:,</figureUri></outputData>"
        "</element>"
    )
    text = f"<element><type>text</type><outputData><text>{prints}</text></outputData></element>"
    [log] = read_logs(_live_script(tmp_path / "train.mlx", figure + text))
    assert "in a MATLAB Live Script" in log.format and log.part.startswith("output 2")
    assert [(s, split) for s, split, _ in log.rows[:2]] == [(1, "train"), (1, "val")]
    assert log.rows[-1][2] == {"loss": 0.15}
    quiet = "<element><type>text</type><outputData><text>accuracy 0.9</text></outputData></element>"
    with pytest.raises(LogError, match="Live Script whose saved outputs hold no training log"):
        read_logs(_live_script(tmp_path / "other.mlx", figure + quiet))
    archive = tmp_path / "logs.zip"
    with zipfile.ZipFile(archive, "w") as package:
        package.writestr("train.log", "epoch 1 loss 0.5\n")
    with pytest.raises(LogError, match="not a text file"):
        read_logs(archive)
    unsaved = tmp_path / "unsaved.mlx"
    with zipfile.ZipFile(unsaved, "w") as package:
        package.writestr("matlab/document.xml", "<w:document/>")
    with pytest.raises(LogError, match="saved without its outputs"):
        read_logs(unsaved)
    # A damaged package (its outputs' compressed bytes overwritten) is refused, not a crash.
    damaged = tmp_path / "damaged.mlx"
    with zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("matlab/document.xml", "<w:document/>")
        package.writestr("matlab/output.xml", f"<embeddedOutputs>{text * 50}</embeddedOutputs>")
    data = bytearray(damaged.read_bytes())
    start = data.index(b"matlab/output.xml") + len("matlab/output.xml")
    data[start + 40 : start + 80] = b"\xff" * 40
    damaged.write_bytes(bytes(data))
    with pytest.raises(LogError, match="saved outputs cannot be read"):
        read_logs(damaged)


def test_a_real_list_of_losses_reads_to_its_corpus_rows(tmp_path: Path) -> None:
    """r12's source, a C++ network's 10,000 losses written as one CSV row under the name it
    had in its repository (losses.csv), reads to the corpus rows."""
    path = tmp_path / "losses.csv"
    shutil.copy(RAW / "r12_cppnetepochspike.src.csv", path)
    [log] = read_logs(path)
    assert log.kind == "named_file"
    assert comparable(log.rows) == comparable(read_run(HOLDOUT / "r12_cppnetepochspike.csv"))


def test_a_history_list_named_losses_is_the_training_loss(tmp_path: Path) -> None:
    # PyKEEN's results.json: the training loop's loss an epoch beside its rank metrics.
    path = tmp_path / "results.json"
    metrics = {"mean_rank": {"both": {"realistic": 12.5}}, "hits_at_k": {"both": {"10": 0.4}}}
    times = {"training": 12.0, "evaluation": 1.0}
    path.write_text(json.dumps({"metrics": metrics, "losses": [0.5, 0.4, 0.35], "times": times}))
    [log] = read_logs(path)
    assert log.kind == "json_history" and log.columns == {"train": "losses"}
    assert log.rows == [(1, "train", {"loss": 0.5}), (2, "train", {"loss": 0.4}),
                        (3, "train", {"loss": 0.35})]  # fmt: skip
    # Beside its validation twin, both read (not the validation alone).
    path.write_text(json.dumps({"losses": [0.5, 0.4], "val_losses": [0.6, 0.55]}))
    [log] = read_logs(path)
    assert log.columns == {"train": "losses", "val": "val_losses"}
    # The held-out ff05, a PyKEEN pipeline's results.json.
    [log] = read_logs(RAW / "ff05_pykeenbel.src.json")
    assert log.rows == read_run(HOLDOUT / "ff05_pykeenbel.csv")


def _notebook(*cells: list[dict]) -> str:
    """A Jupyter notebook (nbformat 4) whose code cells have the given outputs."""
    code = [{"cell_type": "code", "metadata": {}, "source": [], "outputs": o} for o in cells]
    markdown = {"cell_type": "markdown", "metadata": {}, "source": ["# Training"]}
    return json.dumps(
        {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [markdown, *code]}
    )


def _keras_fit_output(losses: list[tuple[float, float]]) -> dict:
    """What `model.fit(verbose=1)` leaves in a notebook: progress bars erased with
    backspaces, each epoch's last bar with the epoch's values."""
    text = ""
    for epoch, (loss, val) in enumerate(losses, start=1):
        text += f"Epoch {epoch}/{len(losses)}\n"
        text += " 1/50 [..............................] - ETA: 30s - loss: 9.9000"
        text += "\x08" * 62 + "\r"
        text += f"50/50 [==============================] - 2s 40ms/step - loss: {loss:.4f}"
        text += f" - accuracy: 0.5000 - val_loss: {val:.4f} - val_accuracy: 0.5000\n"
    return {"output_type": "stream", "name": "stdout", "text": text.splitlines(keepends=True)}


def _html_table(header: list[str], rows: list[list[str]]) -> dict:
    cells = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    html = "<div><progress value='3' max='3'></progress> [3/3 00:10, Epoch 3/3]</div>"
    html += f'<table border="1"><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>'
    return {
        "output_type": "display_data",
        "metadata": {},
        "data": {"text/html": [html], "text/plain": ["<IPython.core.display.HTML object>"]},
    }


def test_a_notebooks_cell_outputs_are_read_as_the_logs_they_print(tmp_path: Path) -> None:
    # Keras' fit in one cell, the same history shown again as a pandas table in the next (one
    # run, not two), a Trainer's progress table in a third.
    losses = [(1.23456789, 1.10123456), (0.81234567, 0.90345678), (0.50987654, 1.05432109)]
    history = _html_table(
        ["", "loss", "val_loss"], [[str(i), repr(a), repr(b)] for i, (a, b) in enumerate(losses)]
    )
    trainer = _html_table(
        ["Step", "Training Loss", "Validation Loss"],
        [["500", "No log", "0.913"], ["1000", "0.7012", "0.6603"], ["1500", "0.4521", "0.6011"]],
    )
    # What trainer.train() returns, shown after its table in the same cell.
    result = {
        "output_type": "execute_result",
        "execution_count": 9,
        "metadata": {},
        "data": {"text/plain": ["TrainOutput(global_step=1500, training_loss=0.57, metrics={})"]},
    }
    printed = {"output_type": "stream", "name": "stdout", "text": "Model: sequential\n"}
    path = tmp_path / "train.ipynb"
    cells = [printed], [_keras_fit_output(losses)], [history], [trainer, result]
    path.write_text(_notebook(*cells))
    keras, hf = read_logs(path)
    assert keras.part == "cell 3" and hf.part == "cell 5"
    assert "Jupyter notebook" in keras.format
    assert keras.rows == [
        (1, "train", {"loss": 1.2346}), (1, "val", {"loss": 1.1012}),
        (2, "train", {"loss": 0.8123}), (2, "val", {"loss": 0.9035}),
        (3, "train", {"loss": 0.5099}), (3, "val", {"loss": 1.0543}),
    ]  # fmt: skip
    assert hf.columns == {"train": "Training Loss", "val": "Validation Loss"}
    assert [r for r in hf.rows if r[1] == "train"] == [
        (1000, "train", {"loss": 0.7012}), (1500, "train", {"loss": 0.4521})
    ]  # fmt: skip
    assert hf.points("val") == 3


def test_a_fastai_table_in_a_notebook_counts_epochs_from_one(tmp_path: Path) -> None:
    table = _html_table(
        ["epoch", "train_loss", "valid_loss", "error_rate", "time"],
        [["0", "1.523", "0.911", "0.31", "00:41"], ["1", "0.802", "0.702", "0.22", "00:40"]],
    )
    path = tmp_path / "lesson1.ipynb"
    path.write_text(_notebook([table]))
    [log] = read_logs(path)
    assert log.rows == [
        (1, "train", {"loss": 1.523}), (1, "val", {"loss": 0.911}),
        (2, "train", {"loss": 0.802}), (2, "val", {"loss": 0.702}),
    ]  # fmt: skip


def test_a_notebook_without_a_training_log_says_so(tmp_path: Path) -> None:
    printed = {"output_type": "stream", "name": "stdout", "text": "accuracy 0.93\n"}
    path = tmp_path / "eda.ipynb"
    path.write_text(_notebook([printed], []))
    with pytest.raises(LogError, match=r"hold no training log \(no output names a loss\)"):
        read_logs(path)
    # An output that speaks of a loss but is no log: the error names its cell and why.
    path.write_text(_notebook([printed], [_stream("final test loss: 0.31\n")]))
    with pytest.raises(LogError, match=r"\(cell 3: not a training log lossmon can read\)"):
        read_logs(path)


def _stream(text: str) -> dict:
    return {"output_type": "stream", "name": "stdout", "text": text}


def test_a_console_pasted_in_a_markdown_cell_is_read_where_no_output_holds_one(
    tmp_path: Path,
) -> None:
    """A Keras console pasted into a Markdown cell's fenced block (its outputs cleared) is
    read where no cell output holds a run; where one does, the Markdown is left."""
    console = "".join(
        f"Epoch {e}/4\n100/100 [====] - 120s 1s/step - loss: {1 - e / 10:.4f} - "
        f"val_loss: {1.1 - e / 20:.4f}\n"
        for e in range(1, 5)
    )
    pasted = {"cell_type": "markdown", "metadata": {},
              "source": ["Training output:\n", "```\n", console, "```\n"]}  # fmt: skip
    whole = json.loads(_notebook([_stream("Model: sequential\n")]))
    whole["cells"].append(pasted)
    path = tmp_path / "mask_rcnn_train.ipynb"
    path.write_text(json.dumps(whole))
    [log] = read_logs(path)
    assert log.format.endswith("in a Jupyter notebook's Markdown cell") and log.part == "cell 3"
    assert [r for r in log.rows if r[1] == "val"][-1] == (4, "val", {"loss": 0.9})
    # Fences as CommonMark reads them: CRLF lines, a longer closing fence, a block left
    # unclosed to the cell's end, a one-line code span before the block.
    for source in (
        "```\r\n" + console.replace("\n", "\r\n") + "```\r\n",
        "```\n" + console + "````\n",
        "```\n" + console,
        "```pip install x```\n\n```\n" + console + "```\n",
    ):
        whole["cells"][-1]["source"] = source
        path.write_text(json.dumps(whole))
        assert read_logs(path)[0].points("train") == 4, source[:20]
    started = time.perf_counter()
    whole["cells"][-1]["source"] = "```x\n" * 20000
    path.write_text(json.dumps(whole))
    with pytest.raises(LogError):
        read_logs(path)
    assert time.perf_counter() - started < 2.0
    whole["cells"][1]["outputs"] = [_keras_fit_output([(0.5, 0.6), (0.4, 0.5)])]
    path.write_text(json.dumps(whole))
    [log] = read_logs(path)
    assert log.part == "cell 2" and log.points("train") == 2


def test_a_cells_prints_are_one_text_across_its_progress_widgets_and_output_breaks(
    tmp_path: Path,
) -> None:
    # An epoch loop's prints between progress-bar widgets (Lightning, tqdm), and a Keras fit
    # whose outputs end mid-line: each output's unfinished bar, then the next output's
    # finished one with the epoch's values.
    widget = {
        "output_type": "display_data",
        "metadata": {},
        "data": {"application/vnd.jupyter.widget-view+json": {"model_id": "x"},
                 "text/plain": ["Validation: 0it [00:00, ?it/s]"]},
    }  # fmt: skip
    loop = [
        _stream("Epoch 1 | train loss: 0.91\n"), widget, _stream("Epoch 1 | val loss: 0.95\n"),
        _stream("Epoch 2 | train loss: 0.62\n"), widget, _stream("Epoch 2 | val loss: 0.71\n"),
    ]  # fmt: skip
    fit = [_stream("Epoch 1/2\n")]
    for epoch, (loss, val) in enumerate([(0.52, 0.61), (0.41, 0.55)], start=1):
        fit.append(_stream(f"Epoch {epoch}/2\n 99/100 [============>.] - ETA: 0s - loss: 0.6"))
        fit.append(_stream(f"100/100 [==============] - 3s - loss: {loss} - val_loss: {val}\n"))
    path = tmp_path / "train.ipynb"
    path.write_text(_notebook(loop, fit))
    first, second = read_logs(path)
    assert first.part == "cell 2" and first.points("train") == 2 and first.points("val") == 2
    assert second.rows == [
        (1, "train", {"loss": 0.52}), (1, "val", {"loss": 0.61}),
        (2, "train", {"loss": 0.41}), (2, "val", {"loss": 0.55}),
    ]  # fmt: skip


def test_fits_in_one_cell_are_each_a_run_however_close_their_losses(tmp_path: Path) -> None:
    # A loop calling fit(epochs=2) again and again on small losses: runs apart, none dropped
    # as a repeat of another (only a run shown again in another output is).
    text = ""
    for k in range(5):
        for epoch in (1, 2):
            loss = 0.013 - 0.00002 * (2 * k + epoch)  # steps of 2e-5
            text += f"Epoch {epoch}/2\n10/10 [====] - 0s - loss: {loss:.5f}"
            text += f" - val_loss: {loss + 0.001:.5f}\n"
    path = tmp_path / "loop.ipynb"
    path.write_text(_notebook([_stream(text)]))
    assert len(read_logs(path)) == 5


def test_numbers_a_cell_printed_are_no_log(tmp_path: Path) -> None:
    path = tmp_path / "eda.ipynb"
    path.write_text(_notebook([_stream("16640 16640\n4160 4160\n")]))
    with pytest.raises(LogError, match="no training log"):
        read_logs(path)


def test_a_trainer_tables_repeated_training_loss_on_an_evaluation_row_is_no_point(
    tmp_path: Path,
) -> None:
    # Evaluation every 50 steps, training logged every 100: the table shows the last training
    # loss again on the evaluation rows between.
    table = _html_table(
        ["Step", "Training Loss", "Validation Loss"],
        [["50", "No log", "2.1"], ["100", "1.834300", "1.9"], ["150", "1.834300", "1.8"],
         ["200", "1.701200", "1.75"]],
    )  # fmt: skip
    path = tmp_path / "sft.ipynb"
    path.write_text(_notebook([table]))
    [log] = read_logs(path)
    assert [r[0] for r in log.rows if r[1] == "train"] == [100, 200]
    assert log.points("val") == 4


def test_a_model_cards_training_results_table_is_read(tmp_path: Path) -> None:
    """A Hugging Face model card (README.md) keeps its run as a markdown table: `No log` where
    no training loss was logged yet, metric columns beside the losses, prose and other tables
    around it."""
    card = tmp_path / "README.md"
    card.write_text(
        "---\nlicense: apache-2.0\n---\n# my-model\n\n| Name | Bits | Size |\n"
        "| ---- | ---- | ---- |\n| q4 | 4 | 4.1 GB |\n\n### Training results\n\n"
        "| Training Loss | Epoch | Step | Validation Loss | Accuracy |\n"
        "|:-------------:|:-----:|:----:|:---------------:|:--------:|\n"
        "| No log        | 1.0   | 50   | 0.9120          | 0.61     |\n"
        "| 0.8123        | 2.0   | 100  | 0.7011          | 0.70     |\n"
        "| 0.5012        | 3.0   | 150  | 0.7402          | 0.71     |\n\n"
        "### Framework versions\n\n- Transformers 4.40.0\n"
    )
    [log] = read_logs(card)
    assert "printed table" in log.format and log.part == "lines 12-16"
    assert log.columns == {"train": "Training Loss", "val": "Validation Loss"}
    assert log.rows == [
        (50, "val", {"loss": 0.912}),
        (100, "train", {"loss": 0.8123}), (100, "val", {"loss": 0.7011}),
        (150, "train", {"loss": 0.5012}), (150, "val", {"loss": 0.7402}),
    ]  # fmt: skip


def test_a_console_table_and_its_appended_sessions_are_runs(tmp_path: Path) -> None:
    """A script prints a `|` table under a rule, each row followed by its time and ETA; two
    sessions appended to one file are two runs."""
    session = (
        "[run start]\n Epoch |  Train Loss |    Val Loss |         LR\n" + "-" * 50 + "\n"
        "     1 |      0.2606 |      0.2107 |   3.75e-06 | 1669.4s | ETA 222.3m *\n"
        "     2 |      0.2085 |      0.1986 |   7.50e-06 |  135.4s | ETA 180.4m *\n"
        "     3 |      0.2028 |      0.2034 |   1.12e-05 |  130.2s | ETA 172.9m\n"
        "[interrupted] KeyboardInterrupt\n"
    )
    path = tmp_path / "run_log.txt"
    path.write_text(session + "\n" + session.replace("0.2085", "0.2071"))
    first, second = read_logs(path)
    assert first.part == "lines 2-6 (1 of 2)" and second.part == "lines 10-14 (2 of 2)"
    assert first.columns == {"train": "Train Loss", "val": "Val Loss", "lr": "LR"}
    assert series_of(first)["train/loss"] == {1: 0.2606, 2: 0.2085, 3: 0.2028}
    assert series_of(second)["train/loss"][2] == 0.2071
    assert series_of(first)["lr"][3] == 1.12e-05


def test_tables_aligned_with_spaces_are_read(tmp_path: Path) -> None:
    """fastai's progress table printed as text (a console run: epochs from 0, `#na#` where no
    validation ran, a time column), fastai 1's (each row's time after its last named cell,
    a NaN validation kept) and a pandas DataFrame printed with its index are each a run."""
    fastai = tmp_path / "train.log"
    fastai.write_text(
        "epoch     train_loss  valid_loss  error_rate  time    \n"
        "0         1.234567    #na#        0.123456    00:10     \n"
        "1         0.934567    0.776543    0.103456    00:10     \n"
        "2         0.734567    0.676543    0.093456    00:11     \n"
    )
    [log] = read_logs(fastai)
    assert "printed table" in log.format and log.part == "lines 1-4"
    assert series_of(log)["train/loss"] == {1: 1.234567, 2: 0.934567, 3: 0.734567}
    assert series_of(log)["val/loss"] == {2: 0.776543, 3: 0.676543}
    version1 = tmp_path / "out.txt"
    version1.write_text(
        "Total time: 02:11\nepoch  train_loss  valid_loss  acc_camvid\n"
        "1      1.522293    nan         0.000000    (01:10)\n"
        "2      0.890867    nan         0.000000    (01:02)\n"
    )
    [log] = read_logs(version1)
    assert series_of(log)["train/loss"] == {1: 1.522293, 2: 0.890867}
    assert all(math.isnan(v) for v in series_of(log)["val/loss"].values())
    pandas = tmp_path / "history.txt"
    pandas.write_text(
        "   epoch  train_loss  val_loss\n0      1      0.9100    0.9500\n"
        "1      2      0.7100    0.8000\n2      3      0.6100    0.7900\n"
    )
    [log] = read_logs(pandas)
    assert series_of(log)["val/loss"] == {1: 0.95, 2: 0.8, 3: 0.79}
    # fastai 1's table as a notebook's markdown export keeps it: a code block, every line
    # indented alike (yxg03 was refused: its header was taken for a pandas header over an index).
    exported = tmp_path / "Train.md"
    exported.write_text(
        "    epoch  train_loss  valid_loss  accuracy\n"
        "    1      0.085720    0.090742    0.970018  (00:01)\n"
        "    2      0.076532    0.067959    0.978836  (00:01)\n"
    )
    [log] = read_logs(exported)
    assert series_of(log)["train/loss"] == {1: 0.08572, 2: 0.076532}
    assert series_of(log)["val/loss"] == {1: 0.090742, 2: 0.067959}


def test_a_table_that_is_no_training_log_is_passed_over(tmp_path: Path) -> None:
    """A table of settings or results (no loss column) beside a log another format reads is no
    run; alone, the file is refused as before."""
    table = "| Model | Accuracy | F1 |\n|---|---|---|\n| a | 0.91 | 0.88 |\n| b | 0.93 | 0.90 |\n"
    labelled = "".join(
        f"Epoch {e} | Train Loss: {1 / e:.3f} | Val Loss: {1.2 / e:.3f}\n" for e in range(1, 6)
    )
    mixed = tmp_path / "train.log"
    mixed.write_text(table + "\n" + labelled)
    [log] = read_logs(mixed)
    assert "table" not in log.format and log.points("train") == 5
    alone = tmp_path / "results.md"
    alone.write_text(table)
    with pytest.raises(LogError, match="not a training log lossmon can read"):
        read_logs(alone)


def test_a_trainer_log_history_kept_under_another_name_is_read(tmp_path: Path) -> None:
    """A script saves the Trainer's log_history as `raw_log_history` beside per-metric extracts
    (`train_loss`, `eval_loss`, `learning_rate`): the history is read, as trainer_state.json's."""
    history = [
        {"epoch": 0.1, "learning_rate": 1e-5, "loss": 0.6879, "step": 1},
        {"epoch": 0.2, "learning_rate": 2e-5, "loss": 0.6512, "step": 2},
        {"epoch": 0.2, "eval_loss": 0.6634, "step": 2},
        {"epoch": 0.2, "step": 2, "train_loss": 0.66, "train_runtime": 12.0},
    ]
    path = tmp_path / "dpo_history.json"
    path.write_text(json.dumps({
        "train_loss": [{"step": 1.0, "loss": 0.6879}, {"step": 2.0, "loss": 0.6512}],
        "eval_loss": [{"step": 2.0, "eval_loss": 0.6634}],
        "raw_log_history": history,
        "metadata": {"model": "tiny"},
    }))  # fmt: skip
    [log] = read_logs(path)
    assert log.format == "Trainer log_history"
    assert series_of(log) == {
        "train/loss": {1: 0.6879, 2: 0.6512}, "val/loss": {2: 0.6634}, "lr": {1: 1e-5, 2: 2e-5}
    }  # fmt: skip


def test_a_fairseq_hydra_train_log_reads_its_json_records(tmp_path: Path) -> None:
    """fairseq-hydra-train logs through Python's logging: `[time][train_inner][INFO] - {...}`
    records at their num_updates, `[valid]` ones as validation, the epoch's `[train]` mean and
    the trainer's notes passed over."""
    stamp = "[2021-04-29 18:53:31,073]"
    lines = [
        f"{stamp}[fairseq.trainer][INFO] - NOTE: gradient overflow detected, ignoring gradient",
        f'{stamp}[train_inner][INFO] - {{"epoch": 1, "loss": "1932.37", "num_updates": "1", '
        '"lr": "5.2475e-07"}',
        f'{stamp}[train_inner][INFO] - {{"epoch": 1, "loss": "1983.27", "num_updates": "2", '
        '"lr": "5.495e-07"}',
        f'{stamp}[valid][INFO] - {{"epoch": 1, "valid_loss": "1500.5", "valid_num_updates": "2"}}',
        f'{stamp}[train][INFO] - {{"epoch": 1, "train_loss": "1957.8", "train_num_updates": "2"}}',
    ]
    path = tmp_path / "hydra_train.log"
    path.write_text("\n".join(lines) + "\n")
    [log] = read_logs(path)
    assert log.kind == "fairseq"
    assert series_of(log) == {
        "train/loss": {1: 1932.37, 2: 1983.27}, "val/loss": {2: 1500.5},
        "lr": {1: 5.2475e-07, 2: 5.495e-07},
    }  # fmt: skip


def test_megatron_golden_values_pass_over_their_padding_but_keep_a_logged_nan(
    tmp_path: Path,
) -> None:
    """Megatron-LM's functional tests keep each metric under its name; the steps a run never
    reached are padded with the string "nan" (passed over), while a NaN the run logged is a
    number (kept); a list form counts from `start_step` every `step_interval`."""
    path = tmp_path / "golden_values_dev.json"
    path.write_text(
        '{"lm loss": {"start_step": 1, "end_step": 20, "step_interval": 5, "values": '
        '{"1": 10.8, "5": 9.9, "10": NaN, "15": "nan", "20": "nan"}}, '
        '"num-zeros": {"start_step": 1, "end_step": 20, "step_interval": 5, "values": '
        '{"1": 0, "5": 3, "10": 2, "15": "nan", "20": "nan"}}}'
    )
    [log] = read_logs(path)
    assert log.format == "Megatron-LM golden values" and log.columns == {"train": "lm loss"}
    assert [(s, v["loss"]) for s, _, v in log.rows][:2] == [(1, 10.8), (5, 9.9)]
    assert len(log.rows) == 3 and math.isnan(log.rows[2][2]["loss"])
    listed = tmp_path / "golden_values_lts.json"
    listed.write_text(
        '{"lm loss": {"start_step": 0, "end_step": 100, "step_interval": 50, '
        '"values": [10.9, 7.2, 6.1]}}'
    )
    assert series_of(read_logs(listed)[0])["train/loss"] == {0: 10.9, 50: 7.2, 100: 6.1}


def test_a_long_table_of_named_values_reads_as_the_wide_one(tmp_path: Path) -> None:
    """disentangling-vae's `train_losses.log` keeps one value a row (`Epoch,Loss,Value`, the
    series named in the middle column): read as the per-epoch history it stands for; a
    three-column history of numbers and lossmon's own `step,split,loss` are what they were."""
    long = tmp_path / "train_losses.log"
    long.write_text(
        "Epoch,Loss,Value\n0,recon_loss,197.0\n0,kl_loss,29.8\n0,loss,226.8\n"
        "1,recon_loss,140.1\n1,kl_loss,21.9\n1,loss,162.0\n2,recon_loss,131.5\n"
        "2,kl_loss,25.0\n2,loss,156.5\n"
    )
    [log] = read_logs(long)
    assert log.kind == "keras_csv" and log.columns["train"] == "loss"
    assert series_of(log)["train/loss"] == {1: 226.8, 2: 162.0, 3: 156.5}
    wide = tmp_path / "history.csv"
    wide.write_text("epoch,loss,val_loss\n0,1.2,1.3\n1,0.9,1.1\n2,0.7,1.0\n")
    assert series_of(read_logs(wide)[0])["val/loss"] == {1: 1.3, 2: 1.1, 3: 1.0}
    curve = tmp_path / "run.csv"
    curve.write_text("step,split,loss\n1,train,2.0\n1,val,2.1\n2,train,1.5\n2,val,1.9\n")
    assert series_of(read_logs(curve)[0])["val/loss"] == {1: 2.1, 2: 1.9}


def test_a_long_table_with_a_split_column_reads_each_split(tmp_path: Path) -> None:
    """xup02: `epoch,split,metric,value` names each value by its split and its metric in two
    columns: read as the history of `train_loss` and `val_loss` it stands for (it was "a CSV
    with columns epoch, split, metric, value but no loss column")."""
    long = tmp_path / "training_log.csv"
    long.write_text(
        "epoch,split,metric,value\n1,train,loss,0.79\n1,val,loss,1.85\n2,train,loss,0.61\n"
        "2,val,loss,1.20\n3,train,loss,0.55\n3,val,loss,1.02\n3,val,acc,0.4\n"
    )
    [log] = read_logs(long)
    assert (log.columns["train"], log.columns["val"]) == ("train_loss", "val_loss")
    assert series_of(log)["val/loss"] == {1: 1.85, 2: 1.20, 3: 1.02}
    # lossmon's own curve CSV with a perplexity column, its losses repeating to 4 decimals,
    # is no long table; nor is a `stage` column of anything but splits.
    curve = tmp_path / "run.csv"
    curve.write_text("step,split,loss,ppl\n1,train,0.3227,1.38\n2,train,0.3227,1.38\n"
                     "3,train,0.3369,1.4\n4,train,0.3227,1.38\n")  # fmt: skip
    assert series_of(read_logs(curve)[0])["train/loss"] == {
        1: 0.3227,
        2: 0.3227,
        3: 0.3369,
        4: 0.3227,
    }
    stages = tmp_path / "stages.csv"
    stages.write_text("epoch,stage,metric,value\n1,pretrain,loss,0.9\n1,finetune,loss,0.8\n"
                      "2,pretrain,loss,0.7\n2,finetune,loss,0.6\n")  # fmt: skip
    with pytest.raises(LogError):
        read_logs(stages)


@pytest.mark.parametrize(
    ("train", "val"), [("loss_train", "loss_val"), ("Loss (Training)", "Loss (Validation)")]
)
def test_a_loss_named_before_its_split_is_read_with_its_validation(
    tmp_path: Path, train: str, val: str
) -> None:
    """xul03: `Loss (Training)` beside `Loss (Validation)` (and `loss_train`, `loss_val`): the
    split after the loss names it; the validation column was passed over."""
    table = tmp_path / "loss.csv"
    table.write_text(f"epoch,{train},{val}\n1,0.9,1.0\n2,0.8,0.95\n3,0.7,0.97\n")
    [log] = read_logs(table)
    assert (log.columns["train"], log.columns["val"]) == (train, val)
    assert series_of(log)["val/loss"] == {1: 1.0, 2: 0.95, 3: 0.97}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("metrics.jsonl", "".join(
            f'{{"epoch": {e}, "loss_train": 0.{9 - e}, "loss_val": 1.{9 - e}}}\n' for e in (1, 2, 3)
        )),
        ("history.json", '{"loss_train": [0.8, 0.7, 0.6], "loss_val": [1.8, 1.7, 1.6]}'),
    ],
)  # fmt: skip
def test_json_logs_pair_a_loss_val_with_its_loss_train(
    tmp_path: Path, name: str, text: str
) -> None:
    """The cold review: JSON records and histories took `loss_train` and dropped the `loss_val`
    beside it (CSV tables paired them)."""
    path = tmp_path / name
    path.write_text(text)
    [log] = read_logs(path)
    assert (log.columns["train"], log.columns["val"]) == ("loss_train", "loss_val")
    assert list(series_of(log)["val/loss"].values()) == [1.8, 1.7, 1.6]


def test_a_loss_val_beside_a_loss_avg_is_a_steps_value_not_validation(tmp_path: Path) -> None:
    """ag04: S3FD's log writes each step's `loss_val` beside its running `loss_avg`: no
    validation there (`loss_val` is one only beside a `loss_train`)."""
    table = tmp_path / "log.csv"
    table.write_text("epoch,loss_val,loss_avg\n1,9.1,9.5\n2,8.2,8.9\n3,7.7,8.4\n")
    [log] = read_logs(table)
    assert (log.columns.get("train"), log.columns.get("val")) == ("loss_val", None)


def test_a_plain_loss_is_read_before_its_parts_on_both_splits(tmp_path: Path) -> None:
    """`train box loss` and `train mean loss` beside their `validation` twins: the plain
    (mean) loss on both sides, never a part on one side and the whole on the other."""
    log = tmp_path / "train.log"
    log.write_text("".join(
        f"Epoch {e}: train box loss: 0.{9 - e}, train mean loss: 1.{9 - e}, "
        f"validation box loss: 0.{8 - e}, validation mean loss: 1.{8 - e}\n"
        for e in (1, 2, 3)
    ))  # fmt: skip
    [read] = read_logs(log)
    assert (read.columns["train"], read.columns["val"]) == (
        "train mean loss",
        "validation mean loss",
    )


def test_rotates_average_loss_is_read_before_its_halves() -> None:
    """xvv01: RotatE's `train.log` prints `Training average positive_sample_loss`,
    `negative_sample_loss` and `loss` at each step: the whole loss is the series, as in the
    corpus (the positive half alone was read, and warned on)."""
    [log] = read_logs(RAW / "xvv01_rotatetranse.src.log")
    assert log.columns["train"] == "Training average loss"
    corpus = read_run(HOLDOUT / "xvv01_rotatetranse.csv")
    assert [r for r in log.rows if r[1] == "train"] == [r for r in corpus if r[1] == "train"]


def test_the_time_series_librarys_vali_loss_is_validation_not_its_test_loss() -> None:
    """`Epoch: 6, Steps: 8 | Train Loss: a Vali Loss: b Test Loss: c`: the Time-Series-Library
    (Informer, Autoformer, PatchTST, TimesNet) prints the test split's loss beside the
    validation's; validation is `Vali Loss`, as in the corpus (db12)."""
    [log] = read_logs(RAW / "db12_patchettm2.src.log")
    assert log.columns["val"] == "Vali Loss" and log.columns["train"] == "Train Loss"
    corpus = read_run(HOLDOUT / "db12_patchettm2.csv")
    assert [r for r in log.rows if r[1] == "val"] == [r for r in corpus if r[1] == "val"]


def test_a_logging_records_level_is_no_word_of_the_label_after_it(tmp_path: Path) -> None:
    """Python's logging prints `%(asctime)s %(process)s %(levelname)s %(message)s`: in
    `… P35593 INFO Train loss: 0.48` the label is `Train loss` (FuxiCTR's logs, dh04), and
    `INFO Val loss: 0.5` is validation."""
    lines = []
    for epoch in range(1, 6):
        lines.append(f"2022-01-29 21:48:53,421 P35593 INFO Train loss: {1 / epoch:.4f}")
        lines.append(f"2022-01-29 21:48:54,002 P35593 INFO Val loss: {1.2 / epoch:.4f}")
    [log] = read_text(tmp_path, "\n".join(lines) + "\n")
    assert log.columns == {"train": "Train loss", "val": "Val loss"}
    assert log.points("train") == log.points("val") == 5
    [log] = read_logs(RAW / "dh04_afnfrappeof.src.log")
    assert log.columns["train"] == "Train loss"
    corpus = read_run(HOLDOUT / "dh04_afnfrappeof.csv")
    assert [r for r in log.rows if r[1] == "train"] == [r for r in corpus if r[1] == "train"]


FUXICTR = """\
2022-01-31 17:33:18,997 P11118 INFO ************ Epoch=1 start ************
2022-01-31 17:33:26,724 P11118 INFO [Metrics] AUC: 0.932828 - logloss: 0.640742
2022-01-31 17:33:26,724 P11118 INFO Save best model: monitor(max): 0.932828
2022-01-31 17:33:26,730 P11118 INFO --- 50/50 batches finished ---
2022-01-31 17:33:26,772 P11118 INFO Train loss: 0.366241
2022-01-31 17:33:26,772 P11118 INFO ************ Epoch=1 end ************
2022-01-31 17:33:34,315 P11118 INFO [Metrics] AUC: 0.960552 - logloss: 0.414991
2022-01-31 17:33:34,322 P11118 INFO --- 50/50 batches finished ---
2022-01-31 17:33:34,381 P11118 INFO Train loss: 0.271461
2022-01-31 17:33:34,381 P11118 INFO ************ Epoch=2 end ************
2022-01-31 17:33:41,894 P11118 INFO [Metrics] AUC: 0.968844 - logloss: 0.227315
2022-01-31 17:33:41,901 P11118 INFO --- 50/50 batches finished ---
2022-01-31 17:33:41,943 P11118 INFO Train loss: 0.228772
2022-01-31 17:33:41,943 P11118 INFO Training finished.
2022-01-31 17:34:49,366 P11118 INFO ****** Validation evaluation ******
2022-01-31 17:34:49,814 P11118 INFO [Metrics] AUC: 0.968844 - logloss: 0.227315
2022-01-31 17:34:49,848 P11118 INFO ******** Test evaluation ********
2022-01-31 17:34:50,163 P11118 INFO [Metrics] AUC: 0.983182 - logloss: 0.194074
"""


def test_fuxictrs_metrics_line_is_the_validation_of_the_train_loss_after_it(
    tmp_path: Path,
) -> None:
    """FuxiCTR evaluates at the end of each epoch and prints `[Metrics] AUC: .. - logloss: ..`
    just before the epoch's `Train loss`: its logloss is the validation loss of that epoch.
    After `Training finished.` the best model's evaluations and the test are no points."""
    [log] = read_text(tmp_path, FUXICTR)
    assert log.columns == {"train": "Train loss", "val": "logloss"}
    assert log.rows == [
        (1, "train", {"loss": 0.366241}),
        (1, "val", {"loss": 0.640742}),
        (2, "train", {"loss": 0.271461}),
        (2, "val", {"loss": 0.414991}),
        (3, "train", {"loss": 0.228772}),
        (3, "val", {"loss": 0.227315}),
    ]


def test_a_dev_line_is_the_validation_and_each_session_its_own_run(tmp_path: Path) -> None:
    """NLP names its validation set `dev`: PaddleNLP's fine-tuning examples print `dev step: 50
    - loss: 0.11, precision: ...` between `train epoch: 0 - step: 50 (total: 1814) - loss: ...`
    lines (ox01-ox04). Those are evaluations, not a run restarting at the step it printed; a
    session appended to the same workerlog.0, its step back at 10, is a run of its own."""
    session = [
        "============start train==========",
        "train epoch: 0 - step: 10 (total: 90) - loss: 0.107434",
        "train epoch: 0 - step: 20 (total: 90) - loss: 0.093561",
        "dev step: 20 - loss: 0.11348, precision: 0.00000, recall: 0.00000, f1: 0.00000",
        "train epoch: 0 - step: 30 (total: 90) - loss: 0.083149",
        "train epoch: 0 - step: 40 (total: 90) - loss: 0.071203",
        "dev step: 40 - loss: 0.10750, precision: 0.77296, recall: 0.83385, f1: 0.80225",
    ]
    first, second = read_text(tmp_path, "\n".join([*session, *session]) + "\n")
    for log in (first, second):
        assert log.rows == [
            (10, "train", {"loss": 0.107434}),
            (20, "train", {"loss": 0.093561}),
            (20, "val", {"loss": 0.11348}),
            (30, "train", {"loss": 0.083149}),
            (40, "train", {"loss": 0.071203}),
            (40, "val", {"loss": 0.1075}),
        ]
    logs = read_logs(RAW / "ox01_erniee14.src.log")
    corpus = read_run(HOLDOUT / "ox01_erniee14.csv")
    assert [log.rows for log in logs].count(corpus) == 1  # session 14 of 16, read whole


# Lines of cp02's log, each after `[2022/06/19 16:45:15] ppcls INFO: `.
PADDLECLAS = [
    "[Train][Epoch 1/300][Iter: 0/171]lr(PiecewiseDecay): 0.10000000, top1: 0.15625, "
    "CELoss: 2.33028, loss: 2.33028, batch_cost: 10.00325s, reader_cost: 5.54847",
    "[Train][Epoch 1/300][Iter: 170/171]lr(PiecewiseDecay): 0.10000000, top1: 0.72147, "
    "CELoss: 1.21409, loss: 1.21409, batch_cost: 0.56567s, reader_cost: 0.01329",
    "[Train][Epoch 1/300][Avg]top1: 0.72147, CELoss: 1.21409, loss: 1.21409",
    "Already save model in ./output/MobileNetV1/latest",
    "[Train][Epoch 2/300][Iter: 0/171]lr(PiecewiseDecay): 0.10000000, top1: 0.75000, "
    "CELoss: 0.80476, loss: 0.80476, batch_cost: 0.59293s, reader_cost: 0.03500",
    "[Train][Epoch 2/300][Avg]top1: 0.75524, CELoss: 0.70989, loss: 0.70989",
    "[Eval][Epoch 2][Iter: 0/16]CELoss: 1.04069, loss: 1.04069, top1: 0.69336",
    "[Eval][Epoch 2][Avg]CELoss: 0.97706, loss: 0.97706, top1: 0.65233",
    "[Eval][Epoch 2][best metric: 0.6523284912109375]",
    "[Train][Epoch 3/300][Avg]top1: 0.79980, CELoss: 0.58312, loss: 0.58312",
]


def test_a_paddleclas_log_is_one_run_of_its_epoch_averages(tmp_path: Path) -> None:
    """PaddleClas prints `[Train][Epoch e/E][Iter: i/N]` lines and an `[Avg]` line per epoch
    (and per evaluation): one run at step = epoch, not a run for each epoch's counter."""
    text = "".join(f"[2022/06/19 16:45:15] ppcls INFO: {line}\n" for line in PADDLECLAS)
    [log] = read_text(tmp_path, text)
    assert log.kind == "paddleclas"
    assert log.rows == [
        (1, "train", {"loss": 1.21409}),
        (2, "train", {"loss": 0.70989}),
        (2, "val", {"loss": 0.97706}),
        (3, "train", {"loss": 0.58312}),
    ]


# dd05's so-vits-svc log (VITS' own lists one more loss, loss_dur, before loss_kl).
VITS = """\
2023-09-16 18:43:42,998\t32k\tINFO\tLoaded checkpoint './logs\\32k\\D_0.pth' (iteration 1)
2023-09-16 18:44:35,779\t32k\tINFO\tTrain Epoch: 1 [0%]
2023-09-16 18:44:35,783\t32k\tINFO\t[1.858547329902649, 3.109866142272949, \
16.751039505004883, 38.25071334838867, 6.8554606437683105, 0, 0.0001]
2023-09-16 18:44:44,951\t32k\tINFO\tSaving model and optimizer state at iteration 1
2023-09-16 18:45:37,968\t32k\tINFO\tTrain Epoch: 1 [56%]
2023-09-16 18:45:37,973\t32k\tINFO\t[2.326375961303711, 2.685271978378296, \
15.840812683105469, 28.65712547302246, 2.4642715454101562, 20, 0.0001]
2023-09-16 18:46:17,597\t32k\tINFO\t====> Epoch: 1
2023-09-16 18:47:19,490\t32k\tINFO\tTrain Epoch: 2 [11%]
2023-09-16 18:47:19,494\t32k\tINFO\t[2.277647018432617, 2.499021530151367, \
15.060060501098633, 25.39409065246582, 2.0437023639678955, 40, 9.99875e-05]
"""


def test_a_vits_train_log_reads_the_mel_loss_of_its_lists(tmp_path: Path) -> None:
    """VITS (and so-vits-svc) log `Train Epoch: e [p%]` and then a bare list `[loss_disc,
    loss_gen, loss_fm, loss_mel, ..., global_step, lr]`: the mel loss at global_step."""
    [log] = read_text(tmp_path, VITS)
    assert log.kind == "vits"
    assert [r for r in log.rows if r[1] == "train"] == [
        (0, "train", {"loss": 38.25071334838867}),
        (20, "train", {"loss": 28.65712547302246}),
        (40, "train", {"loss": 25.39409065246582}),
    ]
    assert log.rows[-1] == (40, "lr", {"lr": 9.99875e-05})


def test_a_printed_dict_of_jax_arrays_is_read_on_its_loss_part(tmp_path: Path) -> None:
    """A Penzai (JAX) loop prints `At 20: {'my_loss': Array(555.9983, dtype=float32)}` (dg09):
    the array is its number and `my_loss`, a loss named by its part, the training loss; a
    NumPy or TensorFlow scalar is read the same way."""
    text = (
        "At 20: {'my_loss': Array(555.9983, dtype=float32)}\n"
        "At 40: {'my_loss': array(348.94965, dtype=float32)}\n"
        "At 60: {'my_loss': tf.Tensor(195.7565, shape=(), dtype=float32)}\n"
    )
    [log] = read_text(tmp_path, text)
    assert log.columns == {"train": "my_loss"}
    assert [r[2]["loss"] for r in log.rows] == [555.9983, 348.94965, 195.7565]
    [log] = read_logs(RAW / "dg09_penzaimlp.src.ipynb")
    corpus = read_run(HOLDOUT / "dg09_penzaimlp.csv")
    assert [r[2] for r in log.rows] == [r[2] for r in corpus]


def test_an_ngcf_log_reads_its_total_loss_and_its_regulariser(tmp_path: Path) -> None:
    """NGCF and KGAT print `train==[total=term + term (+ term)]` after a 0-based epoch: the
    total at epoch + 1, the last term (the regulariser) as reg."""
    text = (
        "Epoch 0 [322.8s]: train==[434.85162=14.30064 + 420.17328 + 0.37876]\n"
        "Epoch 9 [305.4s + 92.5s]: train==[24.35039=9.99989 + 13.37466 + 0.97583], "
        "recall=[0.13895, 0.30366], precision=[0.01453, 0.00699], ndcg=[0.09586, 0.14911]\n"
        "save the weights in path:  weights/amazon-book/kgat_si_sum_bi_l3/64-32-16\n"
        "Epoch 19 [5.2s + 1.1s]: train==[0.21044=0.20931 + 0.00113], recall=[0.14370]\n"
    )
    [log] = read_text(tmp_path, text)
    assert log.kind == "ngcf"
    assert log.rows == [
        (1, "train", {"loss": 434.85162, "reg": 0.37876}),
        (10, "train", {"loss": 24.35039, "reg": 0.97583}),
        (20, "train", {"loss": 0.21044, "reg": 0.00113}),
    ]


def test_a_value_named_before_its_counter_is_read_after_the_counters_number(
    tmp_path: Path,
) -> None:
    """`Cost after iteration 1000: 0.6239` (cj03): the cost is the training loss, at the
    iteration printed between its name and its value; so is `Loss at epoch 3: 0.21`."""
    text = "".join(f"Cost after iteration {i * 1000}: {0.7 - i / 100}\n" for i in range(4))
    [log] = read_text(tmp_path, text)
    assert log.columns == {"train": "Cost"}
    assert [r[:2] for r in log.rows] == [
        (0, "train"),
        (1000, "train"),
        (2000, "train"),
        (3000, "train"),
    ]
    assert log.rows[1][2] == {"loss": 0.69}
    [log] = read_text(tmp_path, "Loss at epoch 1: 0.52\nLoss at epoch 2: 0.41\n")
    assert log.rows == [(1, "train", {"loss": 0.52}), (2, "train", {"loss": 0.41})]


def test_an_evaluations_counter_named_in_its_label_is_no_value_and_its_loss_is_validation(
    tmp_path: Path,
) -> None:
    """Megatron-LM's `validation loss at iteration 100 | lm loss value: 7.67`: the iteration
    numbers the evaluation (it was read as a validation loss of 100), and its `lm loss` is
    the validation twin of the training lines' `lm loss`."""
    text = "".join(
        f" iteration {i:>8}/     300 | learning rate: 1.0E-04 | lm loss: {9 - i / 100:.6E} |\n"
        + (
            f" validation loss at iteration {i} | lm loss value: {8 - i / 200:.6E} | "
            f"lm loss PPL: 2.1E+03 |\n"
            if i % 100 == 0
            else ""
        )
        for i in range(10, 310, 10)
    )
    [log] = read_text(tmp_path, text)
    assert log.columns["train"] == "lm loss"
    assert log.columns["val"] == "lm loss value"
    val = [(step, v["loss"]) for step, split, v in log.rows if split == "val"]
    assert val == [(100, 7.5), (200, 7.0), (300, 6.5)]
    assert len([r for r in log.rows if r[1] == "train"]) == 30


def test_an_evaluation_lines_labels_that_name_their_split_keep_it(tmp_path: Path) -> None:
    """On an evaluation line, `mean train loss` is still training's and `mean valid loss`
    validation's; only a loss that names no split (`lm loss`) becomes the evaluation's. A
    word of a path (`runs/test-lr3e-4`) makes no line an evaluation."""
    text = "".join(
        f"End of epoch {e} | validation | mean train loss: {2 - e / 10:.2f} | "
        f"mean valid loss: {3 - e / 10:.2f}\n"
        for e in range(1, 5)
    )
    [log] = read_text(tmp_path, text)
    assert log.columns == {"train": "mean train loss", "val": "mean valid loss"}
    text = "".join(f"[runs/test-lr3e-4] epoch {e} | total loss {1 / e:.4f}\n" for e in range(1, 5))
    [log] = read_text(tmp_path, text)
    assert log.columns == {"train": "total loss"}


def test_megatrons_test_set_evaluation_is_no_validation_point(tmp_path: Path) -> None:
    """Megatron-LM evaluates the validation and the test sets after training (`validation loss
    at iteration 220 on test set | lm loss value: 9.9`): only the validation set's is read."""
    text = "".join(
        f" iteration {i:>8}/     220 | lm loss: {9 - i / 100:.6E} |\n"
        + (f" validation loss at iteration {i} | lm loss value: {8 - i / 100:.6E} |\n"
           if i % 100 == 0 else "")
        for i in range(10, 230, 10)
    ) + (
        " validation loss at iteration 220 on validation set | lm loss value: 6.000000E+00 |\n"
        " validation loss at iteration 220 on test set | lm loss value: 9.900000E+00 |\n"
    )  # fmt: skip
    [log] = read_text(tmp_path, text)
    val = [(step, v["loss"]) for step, split, v in log.rows if split == "val"]
    assert val == [(100, 7.0), (200, 6.0), (220, 6.0)]


def test_a_markdown_tables_summary_row_and_nested_emphasis(tmp_path: Path) -> None:
    """A bold summary row under the epochs (`| **Best** | **0.433** |`) ends the table, and a
    cell in bold italics (`***0.433***`) is its number."""
    text = (
        "| Epoch | Train Loss | Val Loss |\n|------:|-----------:|---------:|\n"
        "| 1 | 0.912 | 1.004 |\n| 2 | 0.655 | 0.801 |\n| 3 | ***0.433*** | **_0.702_** |\n"
        "| **Best** | **0.433** | **0.702** |\n"
    )
    [log] = read_text(tmp_path, text)
    assert [(s, split, v["loss"]) for s, split, v in log.rows] == [
        (1, "train", 0.912), (1, "val", 1.004), (2, "train", 0.655), (2, "val", 0.801),
        (3, "train", 0.433), (3, "val", 0.702),
    ]  # fmt: skip


def test_an_aligned_tables_rule_names_its_columns(tmp_path: Path) -> None:
    """tabulate's "simple" table (`train loss` over one rule segment: two-word names) and
    MATLAB's trainnet table printed every 50 iterations (its Epoch never repeats: the step is
    still its Iteration)."""
    text = "  epoch    train loss    val loss\n-------  ------------  ----------\n" + "".join(
        f"{e:7d}  {2 - e / 10:12.4f}  {3 - e / 10:10.4f}\n" for e in range(1, 5)
    )
    [log] = read_text(tmp_path, text)
    assert log.columns == {"train": "train loss", "val": "val loss"}
    assert [(s, split) for s, split, _ in log.rows][:2] == [(1, "train"), (1, "val")]
    text = (
        "    Iteration    Epoch    TrainingLoss    ValidationLoss\n"
        "    _________    _____    ____________    ______________\n"
        "            0        0          2.4100            2.3000\n"
        "            1        1          2.2549                  \n"
        "           50        3          1.1500                  \n"
        "          100        5          0.7700            0.8000\n"
    )
    [log] = read_text(tmp_path, text)
    assert [(s, split, v["loss"]) for s, split, v in log.rows] == [
        (0, "train", 2.41), (0, "val", 2.3), (1, "train", 2.2549), (50, "train", 1.15),
        (100, "train", 0.77), (100, "val", 0.8),
    ]  # fmt: skip


def test_a_test_meters_running_mean_is_the_validation_loss(tmp_path: Path) -> None:
    """An AverageMeter console whose test loop prints the same meter (`Test: [40/50] Loss
    2.10 (0.90)`): each epoch's validation is the running mean at its last test print, as
    its training loss is, not the one batch printed beside it."""
    lines = []
    for epoch in range(1, 13):
        for i in range(0, 60, 10):
            lines.append(f"Epoch: [{epoch}][{i}/60]\tLoss 9.0000 ({2 - epoch / 10:.4f})\n")
        for i in range(0, 50, 10):
            lines.append(f"Test: [{i}/50]\tLoss 5.0000 ({3 - epoch / 10:.4f})\n")
    [log] = read_text(tmp_path, "".join(lines))
    val = [v["loss"] for _, split, v in log.rows if split == "val"]
    train = [v["loss"] for _, split, v in log.rows if split == "train"]
    assert val == [round(3 - e / 10, 4) for e in range(1, 13)]
    assert train == [round(2 - e / 10, 4) for e in range(1, 13)]


def test_an_rl_progress_csvs_value_loss_is_its_training_loss_not_a_validation(
    tmp_path: Path,
) -> None:
    """A PPO progress.csv (ap07): `value_loss` is the critic's loss, read as the training loss
    at `total timesteps`, not a validation loss for its `val` prefix."""
    path = tmp_path / "run.csv"
    path.write_text(
        "ep_rew_mean,total_time,num_episodes,total timesteps,entropy_loss,"
        "policy_gradient_loss,value_loss,total_loss\n"
        "11.08,0.42,95,1024,,,,\n"
        "13.12,1.78,173,2048,-1.41,-0.0026,2.9585,2.9560\n"
        "17.40,2.91,231,3072,-1.40,-0.0031,1.6647,1.6591\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "value_loss"}
    assert log.rows == [(2048, "train", {"loss": 2.9585}), (3072, "train", {"loss": 1.6647})]


def test_a_regressions_error_measures_are_its_losses(tmp_path: Path) -> None:
    """`epoch,train_loss,val_mse,val_rmse` (ai07): the validation loss is val_mse; a table of
    `Epoch,RMSE` alone (au03) is read on its RMSE."""
    path = tmp_path / "training_history.csv"
    path.write_text(
        "epoch,train_loss,val_mse,val_rmse\n"
        "0,0.777506,0.700127,0.836736\n"
        "1,0.519688,0.562474,0.749983\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "train_loss", "val": "val_mse"}
    path.write_text("Epoch,RMSE\n1,197932.75\n2,197932.734375\n")
    [log] = read_logs(path)
    assert log.rows == [(1, "train", {"loss": 197932.75}), (2, "train", {"loss": 197932.734375})]


JOEYNMT = """\
2021-10-20 20:03:38,963 - INFO - joeynmt.helpers - cfg.training.loss                  : crossentropy
2021-10-20 20:03:52,321 - INFO - joeynmt.training - Epoch   1, Step:      100, \
Batch Loss:     5.240887, Tokens per Sec:     2785, Lr: 0.000100
2021-10-20 20:04:04,956 - INFO - joeynmt.training - Epoch   1, Step:      200, \
Batch Loss:     4.702291, Tokens per Sec:     2982, Lr: 0.000100
2021-10-20 20:08:56,781 - INFO - joeynmt.training - Validation result (greedy) at epoch   1, \
step      200: bleu:   1.08, loss: 149824.4219, ppl:  71.5537, duration: 195.0111s
2021-10-20 20:09:13,070 - INFO - joeynmt.training - Epoch   1: total training loss 5311.27
2021-10-20 20:09:20,101 - INFO - joeynmt.training - Epoch   2, Step:      300, \
Batch Loss:     4.512345, Tokens per Sec:     2900, Lr: 0.000100
2021-10-20 20:13:20,293 - INFO - joeynmt.training - Validation result (greedy) at epoch   2, \
step      300: bleu:   2.41, loss: 136100.6562, ppl:  48.3894, duration: 140.1581s
2021-10-20 20:13:52,168 - INFO - joeynmt.training - Epoch   2: total training loss 4451.42
"""


def test_a_joeynmt_log_reads_its_batch_loss_and_its_validation_loss(tmp_path: Path) -> None:
    """JoeyNMT logs under `joeynmt.training`, a logger's name and no word of the line: its
    `Validation result ... loss:` is the validation loss, `Batch Loss` the training loss (not
    the epoch's `total training loss`)."""
    [log] = read_text(tmp_path, JOEYNMT)
    assert log.columns == {"train": "Batch Loss", "val": "loss", "lr": "Lr"}
    assert [r for r in log.rows if r[1] != "lr"] == [
        (100, "train", {"loss": 5.240887}),
        (200, "train", {"loss": 4.702291}),
        (200, "val", {"loss": 149824.4219}),
        (300, "train", {"loss": 4.512345}),
        (300, "val", {"loss": 136100.6562}),
    ]


def test_losses_suffixed_by_their_split_are_train_and_validation(tmp_path: Path) -> None:
    """`epoch 0  loss_t 734.3  loss_v 720.3  loss_min 9999.0` (bs03): loss_t is the training
    loss and loss_v the validation loss, not the first loss part and nothing."""
    text = (
        "epoch          0  loss_t  734.32562  loss_v  720.33147  loss_min  9999.00000\n"
        "epoch          1  loss_t  720.38177  loss_v  707.68294  loss_min  9999.00000\n"
    )
    [log] = read_text(tmp_path, text)
    assert log.columns == {"train": "loss_t", "val": "loss_v"}
    assert log.rows[1] == (1, "val", {"loss": 720.33147})


FLAIR = """\
2021-11-27 02:43:21,982 epoch 1 - iter 130/132 - loss 0.00172246 - samples/sec: 12.60 - lr: 0.100000
2021-11-27 02:43:25,626 ----------------------------------------------------------------------------
2021-11-27 02:43:25,628 EPOCH 1 done: loss 0.0017 - lr 0.1000000
2021-11-27 02:44:17,167 DEV : loss 0.0010504581732675433 - f1-score (micro avg)  0.9905
2021-11-27 02:44:17,427 BAD EPOCHS (no improvement): 0
2021-11-27 02:44:17,429 saving best model
2021-11-27 02:44:23,118 ----------------------------------------------------------------------------
2021-11-27 02:45:00,421 epoch 2 - iter 13/132 - loss 0.00045675 - samples/sec: 11.22 - lr: 0.100000
2021-11-27 02:45:43,759 epoch 2 - iter 26/132 - loss 0.00046877 - samples/sec: 10.12 - lr: 0.100000
"""


def test_a_flair_training_log_counts_its_iterations_across_epochs(tmp_path: Path) -> None:
    """Flair's `epoch 2 - iter 13/132 - loss x` (dp06): the iteration restarts each epoch, so
    step = (epoch - 1) * 132 + iter, one run; `DEV : loss` at the epoch's end, 132; where the
    model evaluates on TEST alone (train_with_dev, dp01) that is its validation."""
    [log] = read_text(tmp_path, FLAIR)
    assert log.kind == "flair"
    assert [r for r in log.rows if r[1] != "lr"] == [
        (130, "train", {"loss": 0.00172246}),
        (132, "val", {"loss": 0.0010504581732675433}),
        (145, "train", {"loss": 0.00045675}),
        (158, "train", {"loss": 0.00046877}),
    ]
    assert log.points("lr") == 3
    [test] = read_text(tmp_path, FLAIR.replace("DEV : loss", "TEST : loss"))
    assert test.columns["val"] == "TEST : loss" and test.points("val") == 1


def test_a_flair_loss_tsv_reads_its_dev_loss_from_rows_longer_than_the_header(
    tmp_path: Path,
) -> None:
    """Flair's loss.tsv (dp02) writes an empty field after TRAIN_LOSS that its header does not
    name: DEV_LOSS is the row's 11th field, not the 10th; epochs counted from 0."""
    path = tmp_path / "loss.tsv"
    path.write_text(
        "EPOCH\tTIMESTAMP\tBAD_EPOCHS\tLEARNING_RATE\tTRAIN_LOSS\tTRAIN_PRECISION\t"
        "TRAIN_RECALL\tTRAIN_ACCURACY\tTRAIN_F-SCORE\tDEV_LOSS\tDEV_PRECISION\tDEV_RECALL\t"
        "DEV_ACCURACY\tDEV_F-SCORE\tTEST_LOSS\tTEST_PRECISION\tTEST_RECALL\tTEST_ACCURACY\t"
        "TEST_F-SCORE\n"
        "0\t11:17:16\t0\t0.1000\t0.021566360052359308\t\t_\t_\t_\t_\t0.01357106864452362\t"
        "0.7966\t0.7966\t0.662\t0.7966\t_\t0.7458\t0.7458\t0.5946\t0.7458\n"
        "1\t11:17:21\t0\t0.1000\t0.011943495343044654\t\t_\t_\t_\t_\t0.009098307229578495\t"
        "0.9492\t0.9492\t0.9032\t0.9492\t_\t0.9322\t0.9322\t0.873\t0.9322\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "TRAIN_LOSS", "val": "DEV_LOSS", "lr": "LEARNING_RATE"}
    assert log.rows == [
        (1, "train", {"loss": 0.021566360052359308}),
        (1, "lr", {"lr": 0.1}),
        (1, "val", {"loss": 0.01357106864452362}),
        (2, "train", {"loss": 0.011943495343044654}),
        (2, "lr", {"lr": 0.1}),
        (2, "val", {"loss": 0.009098307229578495}),
    ]


_WRITER = "2022-09-19 20:36:19,623 - INFO - allennlp.training.tensorboard_writer - "
_TRAINER = "2022-09-19 20:36:19,667 - INFO - allennlp.training.trainer - "
ALLENNLP = "".join(
    f"{prefix}{message}\n"
    for prefix, message in [
        (_TRAINER, "Epoch 0/9"),
        (_TRAINER, "Training"),
        (_TRAINER, "Validating"),
        (_WRITER, "                  Training |  Validation"),
        (_WRITER, "loss          |     0.510  |     0.543"),
        (_WRITER, "accuracy      |     0.721  |     0.762"),
        (_WRITER, "cpu_memory_MB |  1580.612  |       N/A"),
        (_TRAINER, "Epoch 1/9"),
        (_WRITER, "                  Training |  Validation"),
        (_WRITER, "loss          |     0.409  |     0.518"),
        (_WRITER, "accuracy      |     0.810  |     0.790"),
    ]
)


def test_an_allennlp_log_reads_the_loss_row_of_each_epochs_table(tmp_path: Path) -> None:
    """AllenNLP's stdout.log (dp05): `Epoch e/9` counted from 0, then a `Training |
    Validation` table whose `loss` row holds both losses: at step e + 1."""
    [log] = read_text(tmp_path, ALLENNLP)
    assert log.kind == "allennlp"
    assert log.rows == [
        (1, "train", {"loss": 0.51}),
        (1, "val", {"loss": 0.543}),
        (2, "train", {"loss": 0.409}),
        (2, "val", {"loss": 0.518}),
    ]


# Gradient boosting and torchtitan ---------------------------------------------------------

CATBOOST = [f"dr{n:02d}" for n in range(1, 12)]


@pytest.mark.parametrize("prefix", CATBOOST)
def test_catboosts_two_files_read_together_to_exactly_their_corpus_rows(prefix: str) -> None:
    """learn_error.tsv is training, test_error.tsv validation, at step = iter; the loss is the
    objective's column even after an eval_metric's (dr02: `Accuracy` before `MultiClass`, dr03:
    `BalancedAccuracy` before `CrossEntropy`, dr10: `F1` before `Logloss`)."""
    learn, test = sorted(RAW.glob(f"{prefix}_*.src.*_error.tsv"))
    [(_, [log])] = join_runs([(path, read_logs(path)) for path in (learn, test)])
    stem = learn.name.split(".src.")[0]
    assert log.rows == read_run(HOLDOUT / f"{stem}.csv")
    assert "one run in 2 files" in log.format


def test_a_catboost_file_reads_its_objective_never_a_score(tmp_path: Path) -> None:
    info = tmp_path / "catboost_info"
    info.mkdir()
    (info / "learn_error.tsv").write_text(
        "iter\tAccuracy\tMultiClass\n0\t0.51\t1.04\n1\t0.52\t1.01\n"
    )
    (info / "test_error.tsv").write_text(
        "iter\tAccuracy\tAUC\tMultiClass\n0\t0.46\t0.6\t1.06\n1\t0.44\t0.61\t1.05\n"
    )
    [learn] = read_logs(info / "learn_error.tsv")
    [test] = read_logs(info / "test_error.tsv")
    assert learn.kind == test.kind == "catboost_tsv"
    assert learn.rows == [(0, "train", {"loss": 1.04}), (1, "train", {"loss": 1.01})]
    assert test.rows == [(0, "val", {"loss": 1.06}), (1, "val", {"loss": 1.05})]
    assert test.columns == {"val": "MultiClass"}


XGBOOST_LOG = """\
[0]\tvalidation_0-logloss:0.66040\tvalidation_0-auc:0.71\tvalidation_1-logloss:0.67012\tvalidation_1-auc:0.69
[10]\tvalidation_0-logloss:0.50000\tvalidation_0-auc:0.80\tvalidation_1-logloss:0.55000\tvalidation_1-auc:0.75
[99]\tvalidation_0-logloss:0.30000\tvalidation_0-auc:0.90\tvalidation_1-logloss:0.58000\tvalidation_1-auc:0.74
"""
# xgb.train's own names, the evaluation set listed first, and a run stopped early (older
# XGBoost repeats the best iteration after `Stopping. Best iteration:`).
XGBOOST_NATIVE_LOG = """\
[0]\teval-rmse:17.20\ttrain-rmse:17.10
[1]\teval-rmse:15.10\ttrain-rmse:15.00
[2]\teval-rmse:15.30\ttrain-rmse:14.00
Stopping. Best iteration:
[1]\teval-rmse:15.10\ttrain-rmse:15.00
"""
LIGHTGBM_LOG = """\
[LightGBM] [Info] Number of positive: 100, number of negative: 200
[LightGBM] [Info] Total Bins 1020
Training until validation scores don't improve for 5 rounds
[10]\ttraining's binary_logloss: 0.52\tvalid_1's binary_logloss: 0.55\tvalid_1's auc: 0.7
[20]\ttraining's binary_logloss: 0.42\tvalid_1's binary_logloss: 0.50\tvalid_1's auc: 0.8
[30]\ttraining's binary_logloss: 0.32\tvalid_1's binary_logloss: 0.51\tvalid_1's auc: 0.8
Early stopping, best iteration is:
[25]\ttraining's binary_logloss: 0.37\tvalid_1's binary_logloss: 0.49\tvalid_1's auc: 0.8
"""
LIGHTGBM_ONE_SET_LOG = """\
[1]\tvalid_0's l2: 0.91
[2]\tvalid_0's l2: 0.85
[3]\tvalid_0's l2: 0.80
Did not meet early stopping. Best iteration is:
[3]\tvalid_0's l2: 0.80
"""


@pytest.mark.parametrize(
    ("text", "rows", "columns"),
    [
        (
            XGBOOST_LOG,
            [(0, "train", {"loss": 0.6604}), (0, "val", {"loss": 0.67012}),
             (10, "train", {"loss": 0.5}), (10, "val", {"loss": 0.55}),
             (99, "train", {"loss": 0.3}), (99, "val", {"loss": 0.58})],
            {"train": "validation_0-logloss", "val": "validation_1-logloss"},
        ),
        (
            XGBOOST_NATIVE_LOG,
            [(0, "train", {"loss": 17.1}), (0, "val", {"loss": 17.2}),
             (1, "train", {"loss": 15.0}), (1, "val", {"loss": 15.1}),
             (2, "train", {"loss": 14.0}), (2, "val", {"loss": 15.3})],
            {"train": "train-rmse", "val": "eval-rmse"},
        ),
        (
            LIGHTGBM_LOG,
            [(10, "train", {"loss": 0.52}), (10, "val", {"loss": 0.55}),
             (20, "train", {"loss": 0.42}), (20, "val", {"loss": 0.5}),
             (30, "train", {"loss": 0.32}), (30, "val", {"loss": 0.51})],
            {"train": "training's binary_logloss", "val": "valid_1's binary_logloss"},
        ),
        (
            LIGHTGBM_ONE_SET_LOG,
            [(1, "val", {"loss": 0.91}), (2, "val", {"loss": 0.85}), (3, "val", {"loss": 0.8})],
            {"val": "valid_0's l2"},
        ),
    ],
    ids=["xgboost-sklearn", "xgboost-native", "lightgbm", "lightgbm-one-set"],
)  # fmt: skip
def test_boosting_evaluation_logs_read_the_loss_of_each_set(
    tmp_path: Path, text: str, rows: list[Row], columns: dict[str, str]
) -> None:
    """The printed iteration is the step; the repeated best iteration is no new point (LightGBM's
    iteration 25, printed only in the early-stopping block, is none)."""
    path = tmp_path / "train.log"
    path.write_text(text)
    [log] = read_logs(path)
    assert log.kind == "boosting_log"
    assert log.rows == rows
    assert log.columns == columns


@pytest.mark.parametrize(
    ("result", "rows", "columns"),
    [
        (
            {"validation_0": {"logloss": [0.6, 0.5]}, "validation_1": {"logloss": [0.62, 0.58]}},
            [(0, "train", {"loss": 0.6}), (0, "val", {"loss": 0.62}),
             (1, "train", {"loss": 0.5}), (1, "val", {"loss": 0.58})],
            {"train": "validation_0: logloss", "val": "validation_1: logloss"},
        ),
        (
            {"training": {"binary_logloss": [0.6, 0.5]},
             "valid_1": {"auc": [0.7, 0.8], "binary_logloss": [0.62, 0.57]}},
            [(0, "train", {"loss": 0.6}), (0, "val", {"loss": 0.62}),
             (1, "train", {"loss": 0.5}), (1, "val", {"loss": 0.57})],
            {"train": "training: binary_logloss", "val": "valid_1: binary_logloss"},
        ),
        (
            {"validation_0": {"mlogloss": [1.1, 0.9]}},
            [(0, "val", {"loss": 1.1}), (1, "val", {"loss": 0.9})],
            {"val": "validation_0: mlogloss"},
        ),
    ],
    ids=["xgboost", "lightgbm", "one-set"],
)  # fmt: skip
def test_an_evals_result_json_reads_at_its_list_index(
    tmp_path: Path, result: dict, rows: list[Row], columns: dict[str, str]
) -> None:
    path = tmp_path / "evals_result.json"
    path.write_text(json.dumps(result))
    [log] = read_logs(path)
    assert log.kind == "evals_result"
    assert log.rows == rows
    assert log.columns == columns


# Real output of xgboost 3.2.0, lightgbm 4.7.0 and catboost 1.2.10 (tests/data/logs/README.md).
BOOSTING = LOGS / "boosting"


@pytest.mark.parametrize(
    ("name", "parts", "first"),
    [
        (
            "lgb_kfold_loop.log",
            ["run 1 of 5 (lines 3-4)", "run 2 of 5 (lines 9-13)", "run 3 of 5 (lines 18-20)",
             "run 4 of 5 (lines 25-27)", "run 5 of 5 (lines 32-33)"],
            [(50, "train", {"loss": 0.0814154}), (50, "val", {"loss": 0.199209}),
             (100, "train", {"loss": 0.0133338}), (100, "val", {"loss": 0.163718})],
        ),
        (
            "xgb_two_fits.log",
            ["run 1 of 2 (lines 2-12)", "run 2 of 2 (lines 14-24)"],
            [(0, "train", {"loss": 0.5987}), (0, "val", {"loss": 0.61682}),
             (10, "train", {"loss": 0.30712}), (10, "val", {"loss": 0.38337})],
        ),
    ],
    ids=["lightgbm-kfold", "xgboost-two-fits"],
)  # fmt: skip
def test_a_boosting_log_of_several_fits_reads_one_run_per_fit(
    name: str, parts: list[str], first: list[Row]
) -> None:
    """A k-fold or hyperparameter loop prints fit after fit, the iteration going back at each:
    each fit is a run of its own (the best iteration a fold repeats after early stopping is
    no point and no new fit)."""
    logs = read_logs(BOOSTING / name)
    assert [log.part for log in logs] == parts
    assert logs[0].rows[:4] == first
    for log in logs:
        steps = [step for step, split, _ in log.rows if split == "val"]
        assert steps == sorted(set(steps))
        assert log.points("train") == log.points("val") == len(steps)


@pytest.mark.parametrize(
    ("name", "columns", "first"),
    [
        ("xgb_dtrain_names.log", {"train": "dtrain-logloss", "val": "dvalid-logloss"},
         [(0, "train", {"loss": 0.39335}), (0, "val", {"loss": 0.44801})]),
        ("lgb_trn_val_names.log", {"train": "trn's l2", "val": "val's l2"},
         [(10, "train", {"loss": 74.2561}), (10, "val", {"loss": 6172.51})]),
        ("xgb_dtrain_names_evals_result.json",
         {"train": "dtrain: logloss", "val": "dvalid: logloss"},
         [(0, "train", {"loss": 0.393351748585701}), (0, "val", {"loss": 0.4480136451665421})]),
    ],
    ids=["xgboost-dtrain-dvalid", "lightgbm-trn-val", "evals-result-dtrain-dvalid"],
)  # fmt: skip
def test_an_evaluation_sets_split_is_read_from_the_words_of_its_name(
    name: str, columns: dict[str, str], first: list[Row]
) -> None:
    [log] = read_logs(BOOSTING / name)
    assert log.columns == columns
    assert log.rows[:2] == first


@pytest.mark.parametrize(
    ("sets", "splits"),
    [
        (["dtrain", "dvalid"], {"dtrain": "train", "dvalid": "val"}),
        (["eval", "train"], {"train": "train", "eval": "val"}),
        (["X_holdout", "X_tr"], {"X_tr": "train", "X_holdout": "val"}),
        (["learn", "test", "test1"], {"learn": "train", "test": "val"}),
        (["training", "valid_1"], {"training": "train", "valid_1": "val"}),
        # scikit-learn's eval_set order: neither name says its split.
        (["validation_0", "validation_1"], {"validation_0": "train", "validation_1": "val"}),
        (["model", "other"], {"model": "train", "other": "val"}),
        (["validation_0", "eval"], {"validation_0": "train", "eval": "val"}),
        (["valid_0"], {"valid_0": "val"}),
        (["train"], {"train": "train"}),
    ],
)  # fmt: skip
def test_set_splits_follow_the_names_then_the_eval_set_order(
    sets: list[str], splits: dict[str, str]
) -> None:
    from lossmon.server.boosting_logs import set_splits

    assert set_splits(sets) == splits


def test_boosting_lines_behind_a_logging_prefix_are_read() -> None:
    """`lgb.register_logger(logging.getLogger(...))`: each line behind `<time> INFO lightgbm: `,
    but the best iteration's repeat after `Early stopping` printed bare, and passed over."""
    [log] = read_logs(BOOSTING / "lgb_logging.log")
    assert log.kind == "boosting_log"
    assert log.rows == [
        (10, "train", {"loss": 0.0202708}), (10, "val", {"loss": 0.341024}),
        (20, "train", {"loss": 0.000995693}), (20, "val", {"loss": 0.538733}),
        (30, "train", {"loss": 4.95398e-05}), (30, "val", {"loss": 0.780295}),
    ]  # fmt: skip
    assert log.columns == {"train": "train's binary_logloss", "val": "val's binary_logloss"}


@pytest.mark.parametrize("stem", ["ky01_bostonbthl", "ky03_imdbhpt", "ky06_bostonhpthl"])
def test_a_sagemaker_xgboost_job_in_a_notebook_reads_exactly_its_corpus_rows(stem: str) -> None:
    """A SageMaker training job's XGBoost lines as a notebook shows them from CloudWatch:
    `[0]#011train-rmse:20.5214#011validation-rmse:17.7418` in ANSI blue (a tab written
    `#011`), then `Stopping. Best iteration:` (coloured too) and the best repeated.
    They were not read at all (five notebooks refused, one read on its values' count)."""
    [log] = read_logs(RAW / f"{stem}.src.ipynb")
    assert log.kind == "boosting_log" and "XGBoost" in log.format
    assert [r for r in log.rows if r[1] != "lr"] == read_run(HOLDOUT / f"{stem}.csv")


def test_cross_validation_output_reads_the_folds_mean() -> None:
    """xgb.cv prints `mean+std` (no spaces) and returns a DataFrame of `<set>-<metric>-mean`
    and `-std` columns; lgb.cv prints `mean + std`. The mean of the training folds is
    training, of the held-out folds validation."""
    [printed] = read_logs(BOOSTING / "xgb_cv.log")
    assert printed.columns == {"train": "train-logloss", "val": "test-logloss"}
    assert printed.rows[:2] == [(0, "train", {"loss": 0.39072}), (0, "val", {"loss": 0.48786})]
    assert printed.points("val") == 16
    assert "mean" in printed.format
    [table] = read_logs(BOOSTING / "xgb_cv_result.csv")
    assert table.columns == {"train": "train-logloss-mean", "val": "test-logloss-mean"}
    assert table.rows[:2] == [
        (0, "train", {"loss": 0.3907247657577197}), (0, "val", {"loss": 0.4878576258818308})
    ]  # fmt: skip
    assert table.points("val") == 5
    [lightgbm] = read_logs(BOOSTING / "lgb_cv.log")
    assert lightgbm.columns == {"train": "train's binary_logloss", "val": "valid's binary_logloss"}
    assert lightgbm.rows[:2] == [
        (10, "train", {"loss": 0.0202708}),
        (10, "val", {"loss": 0.507989}),
    ]


def test_catboosts_printed_console_reads_learn_and_test() -> None:
    [log] = read_logs(BOOSTING / "cb_logloss.log")
    assert log.kind == "catboost_console"
    assert log.columns == {"train": "learn", "val": "test"}
    assert log.rows[:4] == [
        (0, "train", {"loss": 0.5521551}), (0, "val", {"loss": 0.6458757}),
        (50, "train", {"loss": 0.0012465}), (50, "val", {"loss": 0.4180585}),
    ]  # fmt: skip
    assert log.points("val") == 17
    # Two eval sets: `test` is validation (`best:` follows the last, `test1`); test1 passed over.
    [two] = read_logs(BOOSTING / "cb_two_eval_sets.log")
    assert two.rows[:2] == [(0, "train", {"loss": 60.5687786}), (0, "val", {"loss": 61.3026342})]
    # No eval set: learn alone.
    [alone] = read_logs(BOOSTING / "cb_no_eval_set.log")
    assert alone.columns == {"train": "learn"}
    assert [r[0] for r in alone.rows] == [0, 50, 100, 150, 199]
    # In a notebook, CatBoost's lines come as many stream outputs of one cell.
    [cell] = read_logs(BOOSTING / "cb_notebook.ipynb")
    assert cell.kind == "catboost_console"
    assert cell.points("train") == cell.points("val") == 17


def test_catboosts_printed_score_is_refused() -> None:
    """eval_metric='AUC': the printed `test:` is a score (its `best:` the highest so far),
    which no loss detector can watch; the message says where the loss is."""
    with pytest.raises(LogError, match="score") as error:
        read_logs(BOOSTING / "cb_eval_metric_auc.log")
    assert "test_error.tsv" in str(error.value)


TITAN_LOG = """\
[titan] 2025-06-01 12:00:00,000 - root - INFO - Starting job: Llama 3 debug training
[titan] 2025-06-01 12:00:01,000 - root - INFO - \x1b[31mstep:  1  \x1b[32mloss: 12.2354  \
\x1b[33mmemory:  9.37GiB(9.86%)  \x1b[34mtps: 1,601  \x1b[36mtflops: 9.93  \
\x1b[35mmfu: 3.18%\x1b[39m
[titan] 2025-06-01 12:00:02,000 - root - INFO - \x1b[31mstep: 10  \x1b[32mloss: 10.1234  \
\x1b[38;2;180;60;0mgrad_norm:  0.7114  \x1b[33mmemory: 26.01GiB(82.96%)  \x1b[34mtps: 3,235  \
\x1b[36mtflops: 20.07  \x1b[35mmfu: 6.43%\x1b[39m
[titan] 2025-06-01 12:00:03,000 - root - INFO - \x1b[33mvalidate step: 10  \x1b[32mloss: 10.5000  \
\x1b[38;2;54;234;195mmemory: 23.77GiB(75.82%)  \x1b[34mtps: 7,228\x1b[39m
[titan] 2025-06-01 12:00:04,000 - root - INFO - Training completed
"""


def test_a_torchtitan_console_log_reads_train_and_validate_steps(tmp_path: Path) -> None:
    path = tmp_path / "train.log"
    path.write_text(TITAN_LOG)
    [log] = read_logs(path)
    assert log.kind == "torchtitan"
    assert log.rows == [(1, "train", {"loss": 12.2354}), (10, "train", {"loss": 10.1234}),
                        (10, "val", {"loss": 10.5})]  # fmt: skip
    # Under torchrun every rank prints its lines (rank 1's first here): the lowest rank's
    # are read.
    lines = TITAN_LOG.splitlines()
    other = [f"[rank1]:{line}".replace("loss: 10.1234", "loss: 99.0") for line in lines]
    ranked = "".join(f"{a}\n[rank0]:{b}\n" for a, b in zip(other, lines, strict=True))
    path.write_text(ranked)
    [log] = read_logs(path)
    assert log.rows == [(1, "train", {"loss": 12.2354}), (10, "train", {"loss": 10.1234}),
                        (10, "val", {"loss": 10.5})]  # fmt: skip


DISTILLER_LOG = """\
Training epoch: 105843 samples (512 per mini-batch)
Epoch: [0][   10/  20]    Overall Loss 2.062907    Objective Loss 2.062907                                        LR 0.001000    Time 0.344974
Epoch: [0][   20/  20]    Overall Loss 1.510019    Objective Loss 1.510019    Top1 67.497169    Top5 95.356738    LR 0.001000    Time 0.067793
--- validate (epoch=0)-----------
5136 samples (512 per mini-batch)
Epoch: [0][   10/   11]    Loss 1.149724    Top1 45.917969    Top5 91.933594
Epoch: [0][   11/   11]    Loss 1.159708    Top1 45.872274    Top5 91.939252
==> Top1: 45.872    Top5: 91.939    Loss: 1.160

Training epoch: 105843 samples (512 per mini-batch)
Epoch: [1][   10/  20]    Overall Loss 1.095002    Objective Loss 1.095002                                        LR 0.000500    Time 0.122938
Epoch: [1][   20/  20]    Overall Loss 1.050745    Objective Loss 1.040000    Top1 70.0    Top5 96.0    LR 0.000500    Time 0.06
--- validate (epoch=1)-----------
Epoch: [1][   11/   11]    Loss 1.001000    Top1 50.0    Top5 92.0
==> Top1: 50.000    Top5: 92.000    Loss: 1.001
--- test ---------------------
Test: [   11/   11]    Loss 0.578146    Top1 84.816196    Top5 99.680341
"""  # noqa: E501


def test_a_validation_loss_printed_as_zero_throughout_is_none(tmp_path: Path) -> None:
    path = tmp_path / "log.txt"
    path.write_text(
        "epoch: 1 train loss: 0.41 val loss: 0.0000 val acc: 0.0000 test loss: 0.48\n"
        "epoch: 2 train loss: 0.19 val loss: 0.0000 val acc: 0.0000 test loss: 0.33\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "train loss", "val": "test loss"}
    assert [r for r in log.rows if r[1] == "val"] == [(1, "val", {"loss": 0.48}),
                                                      (2, "val", {"loss": 0.33})]  # fmt: skip
    # Without a test loss beside it: no validation at all.
    path.write_text(
        "epoch: 1 train loss: 0.41 val loss: 0.0\nepoch: 2 train loss: 0.19 val loss: 0\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "train loss"}
    # A validation loss that is 0 at some evaluations only is one.
    path.write_text(
        "epoch: 1 train loss: 0.41 val loss: 0.0\nepoch: 2 train loss: 0.19 val loss: 0.1\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "train loss", "val": "val loss"}


@pytest.mark.parametrize(
    "stem", ["fd01_citymix100", "fd05_citymix1000", "fd06_citymixall", "do01_kdrisetemp20"]
)
def test_a_held_out_log_with_a_zero_validation_loss_reads_to_its_corpus(stem: str) -> None:
    # MixMatch's log.txt: its `val loss: 0.0000` at every epoch is none; the `test loss`
    # beside it is; its lr, glued to the number before it (`acc: 85.8673LR: 0.002000`), too.
    # A distillation run's `Eval metrics : ... loss: 0.000` (no loss computed): no validation.
    [log] = read_logs(next(RAW.glob(f"{stem}.src.*")))
    assert log.rows == read_run(HOLDOUT / f"{stem}.csv")


def test_a_distiller_console_reads_each_epochs_last_batch(tmp_path: Path) -> None:
    path = tmp_path / "2024.01.15-145725.log"
    path.write_text(DISTILLER_LOG)
    [log] = read_logs(path)
    assert log.kind == "distiller"
    assert log.columns == {"train": "Overall Loss", "val": "Loss", "lr": "LR"}
    assert log.rows == [
        (1, "train", {"loss": 1.510019}), (1, "lr", {"lr": 0.001}), (1, "val", {"loss": 1.159708}),
        (2, "train", {"loss": 1.050745}), (2, "lr", {"lr": 0.0005}), (2, "val", {"loss": 1.001}),
    ]  # fmt: skip
    # Launched again: a run apart.
    path.write_text(DISTILLER_LOG + DISTILLER_LOG)
    assert [log.part for log in read_logs(path)] == [
        "run 1 of 2 (lines 3-14)", "run 2 of 2 (lines 20-31)"
    ]  # fmt: skip
    # The held-out fg01 (ai8x-training, quantization-aware from epoch 10) reads to its corpus.
    [log] = read_logs(RAW / "fg01_kwscolours.src.log")
    assert log.rows == read_run(HOLDOUT / "fg01_kwscolours.csv")


def _json_stats(kind: str, epoch: str, **values: object) -> str:
    return "json_stats: " + json.dumps({"_type": kind, "epoch": epoch, **values}) + "\n"


def test_pyslowfast_json_stats_read_per_launch(tmp_path: Path) -> None:
    path = tmp_path / "json_stats.log"
    path.write_text(
        _json_stats("train_epoch", "1/3", loss=2.0, lr=0.1, top1_err=90.0)
        + _json_stats("val_epoch", "1/3", loss=2.5, top1_err=80.0)
        + _json_stats("train_epoch", "2/3", loss=1.5, lr=0.05)
        + _json_stats("val_epoch", "2/3", top1_err=70.0)  # errors only: no val point
        # A relaunch: the epoch counter starts again.
        + _json_stats("train_epoch", "1/3", loss=3.0, lr=0.000)
        + _json_stats("train_epoch", "2/3", loss=2.9, lr=0.000)
    )
    first, second = read_logs(path)
    assert first.kind == "slowfast" and first.part == "run 1 of 2 (lines 1-4)"
    assert first.rows == [
        (1, "train", {"loss": 2.0}), (1, "lr", {"lr": 0.1}), (1, "val", {"loss": 2.5}),
        (2, "train", {"loss": 1.5}), (2, "lr", {"lr": 0.05}),
    ]  # fmt: skip
    # An lr printed as 0.000 at every epoch (three decimals of a small lr) is no lr.
    assert second.rows == [(1, "train", {"loss": 3.0}), (2, "train", {"loss": 2.9})]
    assert second.columns == {"train": "loss"}
    # stdout.log: the records behind the logging prefix; its train_iter_ records (every 10
    # iterations) are read at (epoch - 1) x iterations + iter, its epoch means passed over.
    prefix = "[06/21 17:58:49][INFO] logging.py:   99: "
    path = tmp_path / "stdout.log"
    records = [
        _json_stats("train_iter_", "1/2", iter="10/20", loss=3.5, lr=0.01),
        _json_stats("train_iter_", "1/2", iter="20/20", loss=3.4, lr=0.01),
        _json_stats("train_epoch", "1/2", loss=3.45, lr=0.01),
        _json_stats("train_iter_", "2/2", iter="10/20", loss=3.0, lr=0.005),
        _json_stats("val_epoch", "2/2", loss=3.3),
    ]
    start = "[06/21 17:46:17][INFO] train_net.py:  631: Start epoch: 1\n"
    path.write_text(start + "".join(prefix + record for record in records))
    [log] = read_logs(path)
    assert [r for r in log.rows if r[1] != "lr"] == [
        (10, "train", {"loss": 3.5}), (20, "train", {"loss": 3.4}),
        (30, "train", {"loss": 3.0}), (40, "val", {"loss": 3.3}),
    ]  # fmt: skip


def test_a_pipeline_stage_without_the_loss_is_passed_over(tmp_path: Path) -> None:
    """Under pipeline parallelism torchtitan prints -1.0 as the loss on every stage but the
    last (its placeholder): ranks 0-2 here. The last stage's real losses are read, not a
    run stuck at -1."""
    lines = TITAN_LOG.splitlines()
    stages = []
    for line in lines:
        for rank in range(4):
            held = rank == 3 or "loss:" not in line
            printed = line if held else re.sub(r"loss: [0-9.]+", "loss: -1.0000", line)
            stages.append(f"[rank{rank}]:{printed}")
    path = tmp_path / "train.log"
    path.write_text("\n".join(stages) + "\n")
    [log] = read_logs(path)
    assert log.rows == [(1, "train", {"loss": 12.2354}), (10, "train", {"loss": 10.1234}),
                        (10, "val", {"loss": 10.5})]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "text", "columns"),
    [
        ("history.tsv", "iter\tloss\tval_loss\tmae\n0\t1.0\t1.1\t0.5\n1\t0.8\t0.9\t0.4\n",
         {"train": "loss", "val": "val_loss"}),
        ("rl.tsv", "iter\tgamma\tloss\n0\t0.99\t1.0\n1\t0.99\t0.8\n", {"train": "loss"}),
        ("split_history.json",
         '{"train": {"loss": [1.0, 0.8], "mae": [0.5, 0.4]}, '
         '"val": {"loss": [1.1, 0.9], "mae": [0.6, 0.5]}}',
         {"train": "loss", "val": "val_loss"}),
    ],
    ids=["iter-table", "iter-table-with-gamma", "history-per-split"],
)  # fmt: skip
def test_a_scripts_history_is_no_boosting_log(
    tmp_path: Path, name: str, text: str, columns: dict[str, str]
) -> None:
    """A script's own history with an `iter` column, or kept per split, names its loss `loss`
    beside metric names a boosting library also uses (`mae`, `gamma`): it is read on `loss`,
    as it was before lossmon read CatBoost's error files and `evals_result` (a review found
    these read on `mae` and `gamma`)."""
    path = tmp_path / name
    path.write_text(text)
    [log] = read_logs(path)
    assert log.kind not in ("catboost_tsv", "evals_result"), log.describe()
    assert log.columns == columns, log.describe()


def test_boosting_logs_a_review_found_misread() -> None:
    """Real output a review found misread, each read now: a logging prefix holding a numbered
    bracket (the process id was taken for the iteration, one run a line); a classifier's fit
    then a regressor's (the second, printing no logloss, had the whole file refused); CatBoost
    climbing to 3.9e18 without an eval set (refused as a score: a diverging loss is what
    lossmon is for)."""
    [log] = read_logs(BOOSTING / "lgb_logging_pid_prefix.log")
    assert [s for s, split, _ in log.rows if split == "val"] == [10, 20, 30, 40, 50, 60]
    [first] = read_logs(BOOSTING / "lgb_classifier_then_regressor.log")
    assert first.columns == {
        "train": "training's binary_logloss", "val": "valid_1's binary_logloss"
    }  # fmt: skip
    assert len(first.rows) == 10
    [diverging] = read_logs(BOOSTING / "cb_console_diverging_no_eval.log")
    assert diverging.rows[0] == (0, "train", {"loss": 165.2428897})
    assert diverging.rows[-1][2]["loss"] > 1e18


def test_a_non_boosting_log_beside_a_catboost_score_is_read(tmp_path: Path) -> None:
    """A Keras fit, then CatBoost printing its AUC (a score, no loss) in the same log: the
    Keras history is read; the score's refusal no longer stops every other reader. An
    evals_result holding CatBoost's `ZeroOneLoss` beside its Logloss is one."""
    keras = "".join(
        f"Epoch {e}/3\n32/32 [==============================] - 1s 20ms/step - loss: "
        f"{1 / e:.4f} - val_loss: {1.2 / e:.4f}\n"
        for e in (1, 2, 3)
    )
    auc = "".join(
        f"{i}:\ttest: {0.9 + i / 10000:.7f}\tbest: {0.9 + i / 10000:.7f} ({i})\ttotal: {i}ms"
        "\tremaining: 1s\n"
        for i in (0, 50, 100, 150)
    )
    path = tmp_path / "train.log"
    path.write_text(keras + auc)
    [log] = read_logs(path)
    assert log.columns == {"train": "loss", "val": "val_loss"}, log.describe()
    evals = tmp_path / "evals_result.json"
    evals.write_text(json.dumps({
        "learn": {"Logloss": [0.6, 0.3, 0.2], "ZeroOneLoss": [0.1, 0.1, 0.1]},
        "validation": {"Logloss": [0.7, 0.5, 0.6], "ZeroOneLoss": [0.2, 0.2, 0.2]},
    }))  # fmt: skip
    [read] = read_logs(evals)
    assert read.kind == "evals_result" and read.columns["val"] == "validation: Logloss"


def test_lightgbm_3s_cross_validation_names_the_folds_sets_in_the_metric() -> None:
    """lightgbm 3.3's lgb.cv with eval_train_metric prints `cv_agg's train binary_logloss: m + s`
    and `cv_agg's valid binary_logloss: ...` (real output): training and validation, each the
    folds' mean; it was read as labelled values, training alone, at the values' count."""
    [log] = read_logs(BOOSTING / "lgb3_cv_eval_train_metric.log")
    assert log.columns == {"train": "train's binary_logloss", "val": "valid's binary_logloss"}
    assert log.rows[:2] == [(10, "train", {"loss": 0.246369}), (10, "val", {"loss": 0.285967})]


def test_a_spacy_table_reads_the_heads_loss_per_update() -> None:
    """`spacy train` prints each component's loss summed over the updates since the row
    before: one update at step 0, 200 at every later row. Read as printed, the first rows are
    372.31 then 64104.06 (a 170x jump on every run); per update they are 372.31 then 320.5.
    The NER head is read, not the transformer it trains through (`LOSS TRANS...`)."""
    [log] = read_logs(RAW / "dy01_detrfner.src.md")
    assert log.kind == "spacy"
    assert log.columns == {"train": "LOSS NER (per update)"}
    assert log.rows[:3] == [(0, "train", {"loss": 372.31}),
                            (200, "train", {"loss": 64104.06 / 200}),
                            (400, "train", {"loss": 3089.31 / 200})]  # fmt: skip
    # The corpus keeps the printed sums (its step-0 row left out): the same curve, x 200.
    sums = read_run(HOLDOUT / "dy01_detrfner.csv")
    assert [(s, split, v["loss"] / 200) for s, split, v in sums] == [
        (s, split, pytest.approx(v["loss"])) for s, split, v in log.rows[1:]
    ]


SPACY_TABLE = """\
\x1b[1m============================= Training pipeline =============================\x1b[0m
\x1b[38;5;4mℹ Pipeline: ['tok2vec', 'textcat']\x1b[0m
E    #       LOSS TOK2VEC  LOSS TEXTCAT  CATS_SCORE  SCORE
---  ------  ------------  ------------  ----------  ------
  0       0          1.50          0.25       40.00    0.40
  0     200         30.00         40.00       60.00    0.60
wandb: Adding directory to artifact (./output/model-last)... Done. 0.1s
  1     400         10.00         20.00       70.00    0.70
\x1b[38;5;2m✔ Saved pipeline to output directory\x1b[0m
"""


def test_spacy_tables_in_one_text_are_runs_and_elided_rows_divide_by_the_usual_gap(
    tmp_path: Path,
) -> None:
    """spaCy empties its sums at every evaluation: a row sums the usual gap's updates even
    where a README elides rows with `...` or a table is cut above its first row (dividing by
    the steps elided would fake a 20x jump). Lines between rows, and between the rule and the
    first row (a warning printed during the first update), are passed over."""
    path = tmp_path / "train.log"
    warned = SPACY_TABLE.replace(
        "---  ------  ------------  ------------  ----------  ------\n",
        "---  ------  ------------  ------------  ----------  ------\n"
        "/usr/lib/python3/site-packages/thinc/shims/pytorch.py:114: FutureWarning: deprecated\n"
        "  with torch.cuda.amp.autocast(self._mixed_precision):\n",
    )
    elided = "".join(line for line in SPACY_TABLE.splitlines(keepends=True)
                     if not line.startswith(("  1 ", "wandb", "\x1b[38;5;2m")))  # fmt: skip
    elided += ("...\n  9    4800         10.00        300.00       80.00    0.80\n"
               " 10    5000          9.00        290.00       81.00    0.81\n")  # fmt: skip
    cut = elided.replace("  0       0          1.50          0.25       40.00    0.40\n", "")
    cut = cut.replace("  0     200         30.00         40.00       60.00    0.60\n...\n", "")
    path.write_text(warned + "\n" + elided + "\n" + cut)
    first, skipped, tail = read_logs(path)
    assert first.kind == skipped.kind == tail.kind == "spacy"
    assert first.columns == {"train": "LOSS TEXTCAT (per update)"}
    assert first.rows == [(0, "train", {"loss": 0.25}), (200, "train", {"loss": 0.2}),
                          (400, "train", {"loss": 0.1})]  # fmt: skip
    assert skipped.rows == [(0, "train", {"loss": 0.25}), (200, "train", {"loss": 0.2}),
                            (4800, "train", {"loss": 1.5}),
                            (5000, "train", {"loss": 1.45})]  # fmt: skip
    assert tail.rows == [(4800, "train", {"loss": 1.5}), (5000, "train", {"loss": 1.45})]
    assert first.part == "run 1 of 3 (lines 3-10)"


def test_a_spacy_table_in_a_notebook_is_read_from_its_cell() -> None:
    """The table printed in ANSI colours by `!python -m spacy train` in a notebook cell."""
    [log] = read_logs(RAW / "dy07_medner.src.ipynb")
    assert log.kind == "spacy" and "cell 42" in log.describe()
    assert log.rows[:2] == [(0, "train", {"loss": 76.71}), (200, "train", {"loss": 4792.54 / 200})]


def test_a_split_word_scopes_the_values_after_it_on_a_line(tmp_path: Path) -> None:
    """`Val AUC: 0.78 | LogLoss: 0.47` is the validation's logloss, `Test net output #0: loss
    = 0.03` Caffe's test loss; `train=0.21 val=0.44 loss=1.90` (GluonCV: accuracies named by
    their split, then the training loss) stays training."""
    # A DeepFM console: per-batch losses counted within their epoch, and an epoch summary
    # whose training mean repeats them (left out) beside the validation's scores and logloss.
    [log] = read_logs(RAW / "dz01_deepfmcriteo.src.log")
    assert log.columns == {"train": "Train Loss", "val": "LogLoss", "lr": "LR"}
    assert log.points("train") == 40 * 245 and log.points("val") == 40
    assert log.rows[:2] == [(1, "train", {"loss": 0.6602}), (2, "train", {"loss": 0.6228})]
    val = [r for r in log.rows if r[1] == "val"]
    assert val[:2] == [(245, "val", {"loss": 0.4689}), (490, "val", {"loss": 0.4692})]
    [caffe] = read_logs(RAW / "dm08_caffekeypts.src.log")
    tested = [r for r in caffe.rows if r[1] == "val"]
    assert tested[:2] == [(1, "val", {"loss": 2.65418}), (10, "val", {"loss": 0.0346191})]
    [gluon] = read_logs(RAW / "dm06_r20mixup.src.log")
    assert gluon.columns == {"train": "loss", "lr": "lr"} and gluon.points("train") == 220
    path = tmp_path / "train.log"
    path.write_text("Epoch 1 | train: loss 0.90 | val: loss 1.00\n"
                    "Epoch 2 | train: loss 0.70 | val: loss 0.95\n")  # fmt: skip
    [words] = read_logs(path)
    assert words.rows == [(1, "train", {"loss": 0.9}), (1, "val", {"loss": 1.0}),
                          (2, "train", {"loss": 0.7}), (2, "val", {"loss": 0.95})]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Epoch {n} | val loss {v} | loss {t}",
        "Epoch {n} | Val Acc: 0.60 | Loss: {t} | Val Loss: {v}",
        "epoch {n} | best val acc 0.60 | lr 0.001 | loss {t}",
        "Iter {n}00 | test interval 500 | loss {t}",
        "[val acc 0.71] step {n}00 loss: {t}",
        "epoch {n} | eval every 100 steps | loss {t}",
    ],
)  # fmt: skip
def test_a_split_word_in_a_label_before_the_training_loss_scopes_nothing(
    tmp_path: Path, line: str
) -> None:
    """A label that mentions a split (`val acc`, `test interval`, `eval every`) ahead of a
    line's bare loss does not make that loss validation's; nor does any word on a line that
    names its validation loss itself (`Val Loss`)."""
    path = tmp_path / "train.log"
    path.write_text("".join(line.format(n=n, t=t, v=t + 0.05) + "\n"
                            for n, t in ((1, 0.9), (2, 0.7), (3, 0.5))))  # fmt: skip
    [log] = read_logs(path)
    assert [v["loss"] for _, split, v in log.rows if split == "train"] == [0.9, 0.7, 0.5]
    assert log.columns["train"].lower() == "loss"


def test_a_burn_metric_file_reads_its_epochs_iterations(tmp_path: Path) -> None:
    """Burn's learner (Rust) writes `train/epoch-N/Loss.log` and `valid/epoch-N/Loss.log`, a
    `value,count` line an iteration: read at the line number, the split from the folder."""
    train = tmp_path / "artifacts" / "train" / "epoch-1" / "Loss.log"
    train.parent.mkdir(parents=True)
    shutil.copyfile(RAW / "ee03_cnnburn.src.log", train)
    [log] = read_logs(train)
    assert log.kind == "burn_metric"
    assert (
        log.describe()
        == "Burn metric file (train epoch 1; step = line) — train 'Loss' 10533 points, no val"
    )
    assert log.rows[:2] == [(1, "train", {"loss": 6.96336555480957}),
                            (2, "train", {"loss": 6.902148723602295})]  # fmt: skip
    valid = tmp_path / "artifacts" / "valid" / "epoch-3" / "Loss.log"
    valid.parent.mkdir(parents=True)
    valid.write_text("2.5,16\n2.25,16\n")
    [val] = read_logs(valid)
    assert val.rows == [(1, "val", {"loss": 2.5}), (2, "val", {"loss": 2.25})]
    # Burn 0.22 ends an epoch's file with its aggregate (`value,final`): no iteration. Burn
    # 0.21 keeps a tagged test split under its tag (`test/holdout/epoch-1`).
    tagged = tmp_path / "artifacts" / "test" / "holdout" / "epoch-1" / "Loss.log"
    tagged.parent.mkdir(parents=True)
    tagged.write_text("2.5,16\n2.25,16\n2.375,final\n")
    [test] = read_logs(tagged)
    assert test.rows == [(1, "val", {"loss": 2.5}), (2, "val", {"loss": 2.25})]
    # The same lines outside an epoch's folder are no Burn file: two numbers of no known kind.
    elsewhere = tmp_path / "Loss.log"
    elsewhere.write_text("2.5,16\n2.25,16\n")
    with pytest.raises(LogError, match="not a training log lossmon can read"):
        read_logs(elsewhere)


def test_ludwig_statistics_read_the_output_features_loss_per_split() -> None:
    """Ludwig's training_statistics.json keeps each split, then each output feature (and
    `combined`, which adds the regularisation), then its metrics: read as one run, training and
    validation of the output feature, never six train-only "models" (the test split first)."""
    [log] = read_logs(RAW / "eb01_skillenza.src.json")
    assert log.columns == {"train": "train/treatment/loss", "val": "validation/treatment/loss"}
    assert log.points("train") == log.points("val") == 59
    statistics = json.loads((RAW / "eb01_skillenza.src.json").read_text())
    first = [statistics[split]["treatment"]["loss"][0] for split in ("train", "validation")]
    assert log.rows[:2] == [(1, "train", {"loss": first[0]}), (1, "val", {"loss": first[1]})]
    # A run trained without a validation set keeps empty validation lists: training alone.
    [alone] = read_logs(RAW / "eb08_uberludwig.src.json")
    assert alone.columns == {"train": "train/label/loss"} and alone.points("val") == 0


def test_ludwig_statistics_without_validation_read_the_test_split_at_their_steps(
    tmp_path: Path,
) -> None:
    """Trained without a validation set, Ludwig still evaluates on its test split: that is
    the held-out loss, named as such; evaluated every 50 steps, a point stands at its step."""
    path = tmp_path / "training_statistics.json"
    path.write_text(json.dumps({
        "evaluation_frequency": {"frequency": 50, "period": "step"},
        "training": {"label": {"loss": [0.9, 0.7, 0.6]}, "combined": {"loss": [1.9, 1.7, 1.6]}},
        "validation": {},
        "test": {"label": {"loss": [1.0, 0.8, 0.85]}, "combined": {"loss": [2.0, 1.8, 1.85]}},
    }))  # fmt: skip
    [log] = read_logs(path)
    assert log.columns == {"train": "training/label/loss", "val": "test/label/loss"}
    assert [step for step, split, _ in log.rows if split == "train"] == [50, 100, 150]
    assert [r for r in log.rows if r[1] == "val"][-1] == (150, "val", {"loss": 0.85})


def test_a_validation_loss_named_with_a_word_before_its_split_is_read() -> None:
    """A neural operator's console: `Epoch :  0  Rel. Train L2 Loss :  0.289  Rel. Test L2
    Loss :  0.152 ...`: the test loss is validation's, not left out beside the training one."""
    [log] = read_logs(RAW / "ek02_flapgeokno.src.out")
    assert log.columns == {"train": "Rel. Train L2 Loss", "val": "Rel. Test L2 Loss"}
    assert log.rows[:2] == [(1, "train", {"loss": 0.28930421137809753}),
                            (1, "val", {"loss": 0.15154684829711915})]  # fmt: skip


def test_tf_estimator_evaluations_are_validation() -> None:
    """tf.estimator prints its evaluation as `Saving dict for global step 200: acc = 0.782,
    global_step = 200, loss = 0.6338689`: validation's loss at that step, not a training value
    printed again over the `loss = ..., step = 200` before it."""
    [log] = read_logs(RAW / "en02_dmnbabi.src.txt")
    assert log.columns == {"train": "loss", "val": "loss"}
    assert (200, "train", {"loss": 0.6338689}) not in log.rows
    assert [r for r in log.rows if r[1] == "val"][0] == (200, "val", {"loss": 0.6338689})
    assert log.points("val") == 11


def test_losses_named_under_a_namespace_are_read_by_their_split() -> None:
    """A Lightning console whose metrics are logged as `metric.train.loss_step`,
    `metric.val.loss` and `metric.train.loss_epoch` (its progress bar's postfix): training
    and validation by the split after the namespace, not the validation loss as training."""
    [log] = read_logs(RAW / "el02_era4unet0.src.txt")
    assert log.columns == {"train": "metric.train.loss_step", "val": "metric.val.loss"}
    assert log.points("train") == log.points("val") == 30
    assert [r for r in log.rows if r[1] == "val"][0] == (1, "val", {"loss": 0.47})


@pytest.mark.parametrize(
    ("stem", "run"), [("ex01_mtmaestro3", 1), ("ex02_mtmaestro2", 1), ("ex03_mtdebug", 3)]
)
def test_music_transformers_results_csv_reads_its_eval_loss_and_learn_rate(
    stem: str, run: int
) -> None:
    """`Epoch,Learn rate,Avg Train loss,Train Accuracy,Avg Eval loss,Eval accuracy`: the eval
    loss is validation and the learn rate lr. Its Epoch counts from 0, so it is read as any
    0-based epoch column is (step = Epoch + 1); the corpus keeps Epoch as written. ex03's
    file appends eleven runs; the corpus is the third (Epoch 0-100, file lines 15-115)."""
    logs = read_logs(RAW / f"{stem}.src.csv")
    log = logs[run - 1]
    assert log.columns == {"train": "Avg Train loss", "val": "Avg Eval loss", "lr": "Learn rate"}
    if stem == "ex03_mtdebug":
        assert len(logs) == 11 and log.part == "run 3 of 11 (lines 15-115)"
    shifted = [(step - 1, split, values) for step, split, values in log.rows]
    assert comparable(shifted) == comparable(read_run(HOLDOUT / f"{stem}.csv"))


def test_a_cs231n_solvers_train_calls_in_one_cell_are_one_run_and_its_checks_none() -> None:
    """eu04's cell 53 calls solver.train() four times on one model, each printing `(Iteration
    N / 980) loss: X` from 1 again while its `(Epoch 21 / 20)` goes on: one run, the k-th
    call's iterations at (k - 1) x 980 + N, as the corpus joins them. The loss functions'
    checks (`Testing svm_loss:` / `loss: 9.0`, `Initial loss: 2.30`) are no run."""
    logs = read_logs(RAW / "eu04_fcnstages.src.ipynb")
    assert not [log.part for log in logs if log.part in ("cell 15", "cell 24")]
    [cell] = [log for log in logs if (log.part or "").startswith("cell 53")]
    assert cell.part == "cell 53" and "4 training calls going on" in cell.format
    assert cell.rows == read_run(HOLDOUT / "eu04_fcnstages.csv")


def _solver_calls(epochs_go_on: bool) -> str:
    """CS231n Solver prints of two train() calls of 8 iterations (2 epochs) each."""
    text = ""
    for call in range(2):
        first = 2 * call if epochs_go_on else 0
        text += "" if epochs_go_on else f"running with lr {call}\n"
        for i in (1, 3, 5, 7):
            text += f"(Iteration {i} / 8) loss: {2 - call - i / 10:.6f}\n"
            if i in (1, 5):
                epoch = first + i // 4
                text += f"(Epoch {epoch} / 2) train acc: 0.3; val_acc: 0.2\n"
    return text


def test_a_training_loop_called_again_on_its_model_goes_on_from_its_iterations(
    tmp_path: Path,
) -> None:
    """A step counter printed with its total that starts again, after reaching that total,
    while the epoch printed beside it goes on is one model trained by another call of its
    loop: one run, the later call's steps after the earlier's total. Where the epoch counts
    from 0 again (a new model's run in a loop over settings) the calls are runs apart."""
    path = tmp_path / "out.txt"
    path.write_text(_solver_calls(epochs_go_on=True))
    [log] = read_logs(path)
    assert [r[0] for r in log.rows] == [1, 3, 5, 7, 9, 11, 13, 15]
    path.write_text(_solver_calls(epochs_go_on=False))
    runs = read_logs(path)
    assert [[r[0] for r in log.rows] for log in runs] == [[1, 3, 5, 7], [1, 3, 5, 7]]
    # A call that stopped short of its total (a restart, not a finished call) is no call
    # the next goes on from.
    calls = _solver_calls(epochs_go_on=True).splitlines()
    path.write_text("\n".join(line for line in calls if "(Iteration 7 " not in line))
    assert len(read_logs(path)) == 2


def test_lines_led_by_their_split_and_epoch_read_as_that_splits_loss(tmp_path: Path) -> None:
    """DGCNN's and PointNet's PyTorch ports print `Train 3, loss: X, train acc: ...` and `Test
    3, loss: Y, test acc: ...`: the number after the split word is the epoch (from 0), not
    that word's value, and a Test line's bare loss is the validation loss."""
    path = tmp_path / "run.log"
    path.write_text(
        "Namespace(batch_size=32, epochs=3, lr=0.001, model='dgcnn')\n"
        "Train 0, loss: 1.013277, train acc: 0.902875, train avg acc: 0.841074\n"
        "Test 0, loss: 0.894125, test acc: 0.985871, test avg acc: 0.974955\n"
        "Train 1, loss: 0.895998, train acc: 0.989280, train avg acc: 0.982878\n"
        "Test 1, loss: 0.874301, test acc: 0.994653, test avg acc: 0.991189\n"
        "Train 2, loss: nan, train acc: 0.996476, train avg acc: 0.994415\n"
        "Test 2, loss: 0.866280, test acc: 0.997827, test avg acc: 0.996604\n"
    )
    [log] = read_logs(path)
    assert log.kind == "labelled" and "step = epoch + 1" in log.format
    assert comparable([r for r in log.rows if r[1] != "lr"]) == [
        (1, "train", {"loss": 1.013277}), (1, "val", {"loss": 0.894125}),
        (2, "train", {"loss": 0.895998}), (2, "val", {"loss": 0.874301}),
        (3, "train", {"loss": "nan"}), (3, "val", {"loss": 0.86628}),
    ]  # fmt: skip


def test_a_tab_separated_table_behind_a_loggers_time_reads_as_a_table(tmp_path: Path) -> None:
    """Fast adversarial training's `train_cifar.py` logs its epochs as a table, tabs between
    the cells (empty ones padding the columns), each line after `[time] - `; a download's
    messages fall between its header and its rows. Its robust (attacked) losses are the ones
    it trains on; the clean ones beside are reported only."""
    path = tmp_path / "output.log"
    header = (
        "Epoch \t Train Time \t Test Time \t LR \t \t Train Loss \t Train Acc \t Train Robust"
        " Loss \t Train Robust Acc \t Test Loss \t Test Acc \t Test Robust Loss \t Test Robust"
        " Acc"
    )
    rows = [
        "0 \t 113.9 \t \t 19.1 \t \t 0.1000 \t 2.0069 \t 0.2631 \t 2.1788 \t \t 0.1897 \t \t"
        " 1.8342 \t 0.3442 \t 2.0441 \t \t 0.2537",
        "1 \t 102.2 \t \t 18.9 \t \t 0.1000 \t 1.7450 \t 0.3781 \t 2.0038 \t \t 0.2533 \t \t"
        " 1.6502 \t 0.4430 \t 1.8990 \t \t 0.2932",
        "2 \t 111.3 \t \t 20.2 \t \t 0.0100 \t 1.6292 \t 0.4281 \t nan \t \t 0.2755 \t \t"
        " 1.5613 \t 0.4495 \t 1.8579 \t \t 0.3078",
    ]
    path.write_text(
        "[2024/02/02 16:15:56] - <__main__.Args object at 0x1474cea166a0>\n"
        f"[2024/02/02 16:16:08] - {header}\n"
        "Files already downloaded and verified\n"
        + "".join(f"[2024/02/02 16:18:2{k}] - {row}\n" for k, row in enumerate(rows))
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "Train Robust Loss", "val": "Test Robust Loss", "lr": "LR"}
    assert comparable(log.rows) == [
        (1, "train", {"loss": 2.1788}), (1, "lr", {"lr": 0.1}), (1, "val", {"loss": 2.0441}),
        (2, "train", {"loss": 2.0038}), (2, "lr", {"lr": 0.1}), (2, "val", {"loss": 1.899}),
        (3, "train", {"loss": "nan"}), (3, "lr", {"lr": 0.01}), (3, "val", {"loss": 1.8579}),
    ]  # fmt: skip
    # Without other output between its lines, it is one table still, not also an aligned one.
    path.write_text(
        f"[2024/02/02 16:16:08] - {header}\n"
        + "".join(f"[2024/02/02 16:18:2{k}] - {row}\n" for k, row in enumerate(rows))
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "Train Robust Loss", "val": "Test Robust Loss", "lr": "LR"}


def test_a_spaced_table_behind_a_loggers_time_reads_as_a_table(tmp_path: Path) -> None:
    """Its forks that print the table aligned with spaces (zfx01-05 were refused), each line
    after `[time] - `, the settings' line first."""
    path = tmp_path / "alexnet.log"
    path.write_text(
        "[2021/08/30 00:30:01] - Namespace(cuda='4', batch_size=160, epochs=160)\n"
        "[2021/08/30 00:30:01] - Epoch  Seconds    Train Loss  Train Acc    Test Loss  Test Acc\n"
        "[2021/08/30 00:30:55] -     0     53.8      322.1694    28.1219     289.5268   40.4583\n"
        "[2021/08/30 00:31:50] -     1     52.2      260.6629    43.2491     243.5863   50.8333\n"
        "[2021/08/30 00:32:45] -     2     52.3      235.7736    48.9746     230.6258   52.7500\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "Train Loss", "val": "Test Loss"}
    assert series_of(log) == {
        "train/loss": {1: 322.1694, 2: 260.6629, 3: 235.7736},
        "val/loss": {1: 289.5268, 2: 243.5863, 3: 230.6258},
    }
    # A table whose first column is the time keeps it.
    path.write_text(
        "results\n"
        "timestamp            epoch  train_loss  val_loss\n"
        "2021-08-30T00:30:55  1      0.50        0.60\n"
        "2021-08-30T00:31:55  2      0.40        0.55\n"
        "2021-08-30T00:32:55  3      0.30        0.52\n"
    )
    [log] = read_logs(path)
    assert series_of(log)["train/loss"] == {1: 0.5, 2: 0.4, 3: 0.3}


def _bar(epoch: int, count: int, postfix: str = "") -> str:
    """A tqdm redraw of a 3-update epoch bar, its postfix after the rate."""
    done = "#" * (10 * count // 3)
    return f"Epoch {epoch}: {100 * count // 3:3d}%|{done:<10}| {count}/3 [00:0{count}<00:03, " + (
        f" 1.00it/s, {postfix}]" if postfix else " 1.00it/s]"
    )


@pytest.mark.parametrize("before", [True, False], ids=["set-then-update", "update-then-set"])
def test_a_tqdm_bars_postfix_is_read_at_the_bars_count(tmp_path: Path, before: bool) -> None:
    """A console captured with its progress bar's redraws (carriage returns between them),
    the loss only in the postfix. A loop that sets it before the bar counts (set_postfix,
    then update(), or `for batch in tqdm(...)`) shows each update's loss at the first redraw
    of its count; one that sets it after update() at the last. A bar started again (the next
    epoch's) goes on from the total of the one before; another bar between (a data loader's
    or an evaluation's) is another bar."""
    losses = [["2.31", "2.05", "1.90"], ["1.71", "nan", "1.52"]]
    redraws = []
    for epoch, values in enumerate(losses):
        redraws.append(_bar(epoch, 0))
        for count, loss in enumerate(values, start=1):
            shown = f"loss={loss}"
            if before:
                redraws += [_bar(epoch, count - 1, shown), _bar(epoch, count, shown)]
            else:
                redraws += [_bar(epoch, count), _bar(epoch, count, shown)]
            redraws.append(f"Loading:  50%|#####     | {count}/2 [00:01<00:01,  1.00it/s, x=1]")
    path = tmp_path / "train.log"
    path.write_text("Training\n" + "\r".join(redraws) + "\nTraceback (most recent call last):\n")
    [log] = read_logs(path)
    assert log.kind == "tqdm" and log.columns == {"train": "loss"}
    assert comparable(log.rows) == [
        (1, "train", {"loss": 2.31}), (2, "train", {"loss": 2.05}),
        (3, "train", {"loss": 1.9}), (4, "train", {"loss": 1.71}),
        (5, "train", {"loss": "nan"}), (6, "train", {"loss": 1.52}),
    ]  # fmt: skip


def test_tqdm_keras_callbacks_epoch_bar_gives_the_validation_of_its_batch_bars(
    tmp_path: Path,
) -> None:
    """tqdm's Keras callback draws an epochs' bar around each epoch's batches' bar: the
    batches' postfix holds the running training loss, the epochs' bar (`2/3 [...s/epoch,
    loss=..., val_loss=...]`) the validation. The training loss is read on the batches' bar,
    the validation at the end of each of its epochs (the epochs' bar's count)."""
    lines = ["  0%|          | 0/3 [00:00<?, ?epoch/s]"]
    for epoch, val in enumerate(["4.36", "3.41", "2.97"], start=1):
        lines.append("  0%|          | 0/4 [00:00<?, ?batch/s]")
        for batch in range(1, 5):
            loss = f"{5 - epoch - batch / 10:.2f}"
            lines.append(f" {25 * batch:3d}%|##        | {batch}/4 [00:01<00:03,  2.00batch/s, "
                         f"accuracy=0.1, loss={loss}]")  # fmt: skip
        postfix = f"accuracy=0.1, loss={5 - epoch - 0.4:.2f}, val_accuracy=0.2, val_loss={val}"
        lines.append(f" {33 * epoch:3d}%|###       | {epoch}/3 [00:0{epoch}<00:02,  1.00s/epoch, "
                     f"{postfix}]")  # fmt: skip
    path = tmp_path / "train_log.txt"
    path.write_text("\n".join(lines) + "\n")
    [log] = read_logs(path)
    assert log.kind == "tqdm" and log.columns == {"train": "loss", "val": "val_loss"}
    assert [r for r in log.rows if r[1] == "val"] == [
        (4, "val", {"loss": 4.36}), (8, "val", {"loss": 3.41}), (12, "val", {"loss": 2.97})
    ]
    assert len([r for r in log.rows if r[1] == "train"]) == 12


def test_an_evaluations_bar_after_training_is_no_epochs_bar(tmp_path: Path) -> None:
    """A run's training bar, then its evaluation's own bar (`Valid 3/5 [..., val_loss=...]`,
    the running mean over its batches): not an epochs' bar around the training, so its
    first batch's mean is no validation of the run."""
    lines = ["Train:   0%|          | 0/4 [00:00<?, ?it/s]"]
    lines += [f"Train: {25 * k:3d}%|##        | {k}/4 [00:0{k}<00:03,  1.00it/s, loss={3 - k / 10}]"
              for k in range(1, 5)]  # fmt: skip
    lines += [f"Valid: {20 * k:3d}%|##        | {k}/5 [00:0{k}<00:03,  1.00it/s, "
              f"val_loss={0.9 - k / 10:.1f}]" for k in range(1, 6)]  # fmt: skip
    path = tmp_path / "train_log.txt"
    path.write_text("\n".join(lines) + "\n")
    [log] = read_logs(path)
    assert "val" not in log.columns and [r[1] for r in log.rows] == ["train"] * 4


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # Encog's Java examples count from 1.
        ("Epoch #1 Error:0.2966\nEpoch #2 Error:0.1993\nEpoch #3 Error:NaN\n",
         [(1, "train", {"loss": 0.2966}), (2, "train", {"loss": 0.1993}),
          (3, "train", {"loss": "nan"})]),
        # A Groovy closure's `it` counts from 0; a value printed in Java's E notation.
        ("Epoch #0 Error:0.29\nEpoch #1 Error:4.8637195460371485E-4\n",
         [(1, "train", {"loss": 0.29}), (2, "train", {"loss": 4.8637195460371485e-4})]),
        # EncogUtility.trainToError: the error as a percentage.
        ("Beginning training...\nIteration #1 Error:36.5% Target Error: 1.00%\n"
         "Iteration #2 Error:12.25% Target Error: 1.00%\n",
         [(1, "train", {"loss": 0.365}), (2, "train", {"loss": 0.1225})]),
    ],
)  # fmt: skip
def test_encogs_epoch_error_lines_read_as_the_training_loss(
    tmp_path: Path, text: str, rows: list[tuple[int, str, dict[str, float | str]]]
) -> None:
    path = tmp_path / "stdout.txt"
    path.write_text(text)
    [log] = read_logs(path)
    assert log.kind == "encog" and comparable(log.rows) == rows


def _meter_log(epochs: int, prints: int) -> str:
    """An AverageMeter's console: `prints` prints an epoch of (i, loss, running mean)."""
    return "".join(
        f"Epoch: [{e}][{10 * i}/{10 * prints}]\tTime 0.511 (1.549)\t"
        f"Loss {e + i / 100:.4f} ({e + i / 1000:.4f})\tCLoss 7.4967 (7.3620)\t\n"
        for e in range(1, epochs + 1)
        for i in range(1, prints + 1)
    )


def test_a_meters_running_means_give_a_long_runs_epoch_means(tmp_path: Path) -> None:
    """`Epoch: [E][i/N] ... Loss X (avg)`: an AverageMeter reset each epoch prints one
    minibatch's loss and the epoch's running mean so far. Over many epochs of many prints,
    each epoch's last running mean (its mean loss) is its point, at the printed epoch; a
    short run, or one printed a few times an epoch, is read on its prints."""
    path = tmp_path / "log_train.txt"
    path.write_text(_meter_log(12, 6))
    [log] = read_logs(path)
    assert "each epoch's running mean at its last print" in log.format
    assert [r[0] for r in log.rows] == list(range(1, 13))
    assert [r[2]["loss"] for r in log.rows[:2]] == [1.006, 2.006]
    for epochs, prints in ((3, 6), (12, 3)):
        path.write_text(_meter_log(epochs, prints))
        [log] = read_logs(path)
        assert "running mean" not in log.format and log.points("train") == epochs * prints


def _torchpack_summary(loss: str, valid: str, lr: str) -> str:
    return (
        "[2022-03-23 13:32:27.400] Epoch finished in 19 minutes 30 seconds.\n"
        f"+ [acc/valid] = 60\n+ [loss] = {loss}\n+ [loss/test] = 0.98\n"
        f"+ [loss/valid] = {valid}\n+ [lr/lr_group0] = {lr}\n+ [nll_loss] = {loss}\n"
    )


def test_torchpacks_epoch_summaries_are_numbered_across_a_cut(tmp_path: Path) -> None:
    """torchpack's trainer prints each epoch's scalars (`+ [loss] = X`, `+ [loss/valid] = Y`,
    `+ [lr/lr_group0] = Z`) before the next `Epoch k/N started.`. Colab keeps a long cell
    output's first lines and its last 5000: the epoch started before the cut is not the one
    the first summary after it closes (that is the epoch before the next one started)."""
    path = tmp_path / "train.log"
    path.write_text(
        "[2022-03-23 12:51:25.368] Epoch 1/4 started.\n[loss] = 1.20 | [loss/valid] = ...\n"
        "\x1b[1;30;43mStreaming output truncated to the last 5000 lines.\x1b[0m\n"
        + _torchpack_summary("1.1162", "1.1153", "0.047839")
        + "[2022-03-23 13:32:27.420] Epoch 3/4 started.\n"
        + _torchpack_summary("1.0202", "nan", "0.045225")
        + "[2022-03-23 13:46:51.709] Epoch 4/4 started.\n"
        + _torchpack_summary("1.0742", "1.0645", "0.041728")
        + "[2022-03-23 14:00:42.380] 4 epochs of training finished in 55 minutes.\n"
    )
    [log] = read_logs(path)
    assert log.kind == "torchpack"
    assert log.columns == {"train": "loss", "val": "loss/valid", "lr": "lr/lr_group0"}
    assert comparable(log.rows) == [
        (2, "train", {"loss": 1.1162}), (2, "lr", {"lr": 0.047839}), (2, "val", {"loss": 1.1153}),
        (3, "train", {"loss": 1.0202}), (3, "lr", {"lr": 0.045225}), (3, "val", {"loss": "nan"}),
        (4, "train", {"loss": 1.0742}), (4, "lr", {"lr": 0.041728}), (4, "val", {"loss": 1.0645}),
    ]  # fmt: skip


def test_tensorboard_exports_named_training_and_evaluation_join_as_one_run(
    tmp_path: Path,
) -> None:
    # Per-tag exports named `<run>_training.csv` and `<run>_evaluation.csv`.
    train, val = tmp_path / "lora_training.csv", tmp_path / "lora_evaluation.csv"
    train.write_text("Wall time,Step,Value\n1744805900.1,100,2.5\n1744805950.2,200,1.75\n")
    val.write_text("Wall time,Step,Value\n1744805958.3,200,1.875\n")
    [(_, [joined])] = join_runs([(p, read_logs(p)) for p in (train, val)])
    assert joined.rows == [
        (100, "train", {"loss": 2.5}),
        (200, "train", {"loss": 1.75}),
        (200, "val", {"loss": 1.875}),
    ]


def test_a_file_named_for_an_evaluation_of_training_is_training(tmp_path: Path) -> None:
    path = tmp_path / "llm-evaluation_train_loss.csv"
    path.write_text("Wall time,Step,Value\n1744805900.1,100,2.5\n1744805950.2,200,1.75\n")
    [log] = read_logs(path)
    assert log.columns.keys() == {"train"}


def test_3d_resnets_train_and_val_logs_join_as_one_run(tmp_path: Path) -> None:
    # 3D-ResNets-PyTorch's Logger: `results/train.log` and `results/val.log`, each a bare
    # `loss`: the validation file's is the validation loss, as its name says.
    (tmp_path / "results").mkdir()
    train, val = tmp_path / "results" / "train.log", tmp_path / "results" / "val.log"
    train.write_text(
        "epoch\tloss\tacc\tlr\n"
        "2\ttensor(3.3929, device='cuda:0')\ttensor(0.1310, device='cuda:0')\t0.1\n"
        "3\ttensor(3.2322, device='cuda:0')\ttensor(0.1629, device='cuda:0')\t0.1\n"
    )
    val.write_text("epoch\tloss\tacc\n2\t3.4634\t0.1380\n3\t3.1931\t0.1845\n")
    [log] = read_logs(val)
    assert log.kind == "named_table" and log.columns == {"val": "loss"}
    assert log.rows == [(2, "val", {"loss": 3.4634}), (3, "val", {"loss": 3.1931})]
    [(_, [joined])] = join_runs([(p, read_logs(p)) for p in (train, val)])
    assert joined.rows == [
        (2, "train", {"loss": 3.3929}), (2, "lr", {"lr": 0.1}), (2, "val", {"loss": 3.4634}),
        (3, "train", {"loss": 3.2322}), (3, "lr", {"lr": 0.1}), (3, "val", {"loss": 3.1931}),
    ]  # fmt: skip
    # A file whose name says no split is read as before: its loss is the training loss.
    other = tmp_path / "history.log"
    other.write_text(val.read_text())
    [log] = read_logs(other)
    assert log.kind == "keras_csv" and log.columns == {"train": "loss"}


def test_headerless_step_loss_files_named_train_and_test_join_as_one_run(tmp_path: Path) -> None:
    # pycaffe scripts' `train_loss.txt` and `test_loss.txt`, `iteration loss` a line: the test
    # file is the validation loss, as its name says, and the two are one run (an overfit
    # needs both). A file whose name says no split stays the training loss.
    train, test = tmp_path / "train_loss.txt", tmp_path / "test_loss.txt"
    train.write_text("0 0.6145414114\n1 0.560634255409\n2 0.459810644388\n")
    test.write_text("0 0.533082127571\n1 0.57518067956\n2 0.618658870459\n")
    [log] = read_logs(test)
    assert log.kind == "step_loss" and log.columns == {"val": "column 2"}
    [(path, [joined])] = join_runs([(p, read_logs(p)) for p in (train, test)])
    assert path == train
    assert [(step, split) for step, split, _ in joined.rows] == [
        (0, "train"), (0, "val"), (1, "train"), (1, "val"), (2, "train"), (2, "val"),
    ]  # fmt: skip
    assert joined.rows[5][2] == {"loss": 0.618658870459}
    other = tmp_path / "loss_log.txt"
    other.write_text(test.read_text())
    [log] = read_logs(other)
    assert log.columns == {"train": "column 2"}


def test_a_per_batch_table_is_read_at_its_iter_column(tmp_path: Path) -> None:
    # 3D-ResNets-PyTorch's `train_batch.log`: a row a batch, its epoch repeated.
    path = tmp_path / "train_batch.log"
    path.write_text(
        "epoch\tbatch\titer\tloss\tprec1\tlr\n"
        "1\t1\t1\t442.13\t50.0\t0.01\n"
        "1\t2\t2\t424.00\t55.0\t0.01\n"
        "2\t1\t3\t431.95\t55.0\t0.01\n"
    )
    [log] = read_logs(path)
    assert log.format == "CSV of batch rows (step = iter)"
    assert [r for r in log.rows if r[1] == "train"] == [
        (1, "train", {"loss": 442.13}), (2, "train", {"loss": 424.0}),
        (3, "train", {"loss": 431.95}),
    ]  # fmt: skip


def test_a_keras_history_separated_by_semicolons_is_a_table(tmp_path: Path) -> None:
    """HTR-Flor's `epochs.log` is Keras' CSVLogger with `separator=";"`: its epochs, counted
    from 0, are steps from 1, its `loss` training and its `val_loss` validation."""
    path = tmp_path / "epochs.log"
    path.write_text("epoch;loss;val_loss\n0;200.27;141.31\n1;138.89;138.17\n2;136.06;140.27\n")
    [log] = read_logs(path)
    assert log.kind == "keras_csv"
    assert log.rows == [
        (1, "train", {"loss": 200.27}), (1, "val", {"loss": 141.31}),
        (2, "train", {"loss": 138.89}), (2, "val", {"loss": 138.17}),
        (3, "train", {"loss": 136.06}), (3, "val", {"loss": 140.27}),
    ]  # fmt: skip


def test_a_prose_line_with_a_semicolon_is_no_header(tmp_path: Path) -> None:
    path = tmp_path / "train.log"
    path.write_text("LoRA checkpoint None not found; training from base model.\n1;2\n")
    with pytest.raises(LogError):
        read_logs(path)


def test_a_launch_that_died_before_its_first_value_is_no_run(tmp_path: Path) -> None:
    """A history appended by every launch holds, where a launch died at once, its epoch `0`
    alone on a line: the runs beside it are read and numbered without it."""
    path = tmp_path / "epochs.log"
    path.write_text("epoch;loss;val_loss\n0;4.0;5.0\n1;3.0;4.5\n0\n0\n0;2.9;4.4\n1;2.5;4.3\n")
    logs = read_logs(path)
    assert [log.part for log in logs] == ["run 1 of 2 (lines 2-3)", "run 2 of 2 (lines 6-7)"]
    assert [len(log.rows) for log in logs] == [4, 4]


def test_a_deepobs_result_file_reads_its_test_losses_as_validation() -> None:
    # DeepOBS evaluates on a train-eval set and on the test set each epoch: `test_losses` is
    # the held-out series, beside `train_losses` (its minibatch losses are no epoch's).
    [log] = read_logs(RAW / "fu03_fmnistmomof.src.json.gz")
    assert log.columns == {"train": "train_losses", "val": "test_losses"}
    corpus = read_run(HOLDOUT / "fu03_fmnistmomof.csv")  # its steps from 0
    assert [(s + 1, split, v) for s, split, v in corpus] == log.rows


def test_a_split_total_is_its_loss_unless_it_counts(tmp_path: Path) -> None:
    # CAS-Canglong's `train_total` is the sum of the terms beside it: the loss where no column
    # names one. A total of whole numbers beside a count of correct answers is a count.
    path = tmp_path / "log.csv"
    path.write_text("epoch,train_total,train_a,train_b\n1,0.9,0.5,0.4\n2,0.7,0.4,0.3\n")
    [log] = read_logs(path)
    assert log.columns == {"train": "train_total"}
    assert log.rows == [(1, "train", {"loss": 0.9}), (2, "train", {"loss": 0.7})]
    path.write_text("epoch,train_correct,train_total\n1,812,1000\n2,901,1000\n")
    with pytest.raises(LogError, match="no loss column"):
        read_logs(path)
    text = tmp_path / "log.txt"
    text.write_text(
        "start=2026-02-07 10:53:20 rank=0\n"
        "time=2026-02-07 12:00:53 epoch=1/300 train_total=0.705777 valid_total=0.985208\n"
        "time=2026-02-07 13:07:41 epoch=2/300 train_total=0.687849 valid_total=0.997971\n"
    )
    [log] = read_logs(text)
    assert log.columns == {"train": "train_total", "val": "valid_total"}
    assert log.points("train") == log.points("val") == 2
    text.write_text(
        "epoch 1 test_correct=812 test_total=1000\nepoch 2 test_correct=901 test_total=1000\n"
    )
    with pytest.raises(LogError):
        read_logs(text)


def test_a_mean_named_before_its_count_is_the_loss(tmp_path: Path) -> None:
    # ST-GCN's console: the 63 is the number of batches the test loss is the mean of.
    path = tmp_path / "log.txt"
    path.write_text(
        "[ Fri Oct 18 02:05 2024 ] Training epoch: 1\n"
        "[ Fri Oct 18 02:09 2024 ] \tMean training loss: 4.6548.\n"
        "[ Fri Oct 18 02:09 2024 ] \tMean test loss of 63 batches: 4.401095621169559.\n"
        "[ Fri Oct 18 02:09 2024 ] Training epoch: 2\n"
        "[ Fri Oct 18 02:13 2024 ] \tMean training loss: 4.1876.\n"
        "[ Fri Oct 18 02:13 2024 ] \tMean test loss of 63 batches: 3.6401963915143694.\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "Mean training loss", "val": "Mean test loss"}
    assert log.rows == [
        (1, "train", {"loss": 4.6548}), (1, "val", {"loss": 4.401095621169559}),
        (2, "train", {"loss": 4.1876}), (2, "val", {"loss": 3.6401963915143694}),
    ]  # fmt: skip


def test_the_splits_words_alone_name_a_held_out_loss(tmp_path: Path) -> None:
    path = tmp_path / "pretrain.log"
    path.write_text(
        "[pretrain] epoch   1/40  train=35.0026  heldout=26.8717  lr=1.50e-04  (best)\n"
        "[pretrain] epoch   2/40  train=21.1222  heldout=16.2280  lr=3.00e-04  (best)\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "train", "val": "heldout", "lr": "lr"}
    assert log.points("train") == log.points("val") == 2


def test_a_counter_printed_with_its_total_is_the_step(tmp_path: Path) -> None:
    # ms-swift's logging.jsonl: `global_step/max_steps` is the step; its closing summary,
    # counted in `global_step`, holds no loss.
    path = tmp_path / "logging.jsonl"
    records = [
        {"loss": 2.5, "epoch": 0.02, "global_step/max_steps": "1/20"},
        {"loss": 1.5, "epoch": 0.5, "global_step/max_steps": "10/20"},
        {"eval_loss": 1.7, "epoch": 0.5, "global_step/max_steps": "10/20"},
        {"loss": 1.1, "epoch": 1.0, "global_step/max_steps": "20/20"},
        {"best_metric": 1.7, "global_step": 20, "train_dataset": "size=700"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    [log] = read_logs(path)
    assert log.rows == [
        (1, "train", {"loss": 2.5}), (10, "train", {"loss": 1.5}), (10, "val", {"loss": 1.7}),
        (20, "train", {"loss": 1.1}),
    ]  # fmt: skip


def test_a_counter_with_its_total_beyond_any_step_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "logging.jsonl"
    path.write_text('{"step": "%s/1", "loss": 1.0}\n' % ("9" * 5000))
    with pytest.raises(LogError):
        read_logs(path)


def test_a_report_s_one_nested_history_is_read(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    report = {
        "model": "cnn",
        "data": {"split": {"train": 900, "val": 100}},
        "training": {"epochs": 3, "history": {"train_loss": [0.9, 0.6, 0.5],
                                              "val_loss": [0.8, 0.7, 0.75]}},
    }  # fmt: skip
    path.write_text(json.dumps(report))
    [log] = read_logs(path)
    assert log.columns == {"train": "train_loss", "val": "val_loss"}
    assert log.points("train") == log.points("val") == 3
    # Records of every step beside it are the run; a summary's history is not.
    records = [{"step": s, "loss": 2.0 - s / 100} for s in range(1, 101)]
    path.write_text(json.dumps({"log": records, "summary": report}))
    [log] = read_logs(path)
    assert log.points("train") == 100
    report["training"] = {"epochs": 3, "fold_history": report["training"]["history"]}
    path.write_text(json.dumps(report))
    with pytest.raises(LogError):  # lists under a name that is no training history's
        read_logs(path)


def test_a_printed_history_dict_is_read(tmp_path: Path) -> None:
    path = tmp_path / "history.txt"
    path.write_text("{'loss': [2.5, 1.75, 1.25], 'val_loss': [2, 1.5, 1.5]}")
    [log] = read_logs(path)
    assert log.columns == {"train": "loss", "val": "val_loss"}
    assert log.points("train") == log.points("val") == 3
    assert log.rows[:2] == [(1, "train", {"loss": 2.5}), (1, "val", {"loss": 2.0})]
    path.write_text("{'loss': [2.5, 1.75], 'note': __import__('os')}")  # code is no literal
    with pytest.raises(LogError):
        read_logs(path)
    path.write_text("{0: 'cat', 1: 'dog'}")  # a printed label map: no loss, no crash
    with pytest.raises(LogError):
        read_logs(path)
    # A diverged run's history prints its NaN bare; a Windows path is no escape to warn of.
    path.write_text("{'loss': [1.2, 0.9, nan, nan], 'val_loss': [1.3, 1.0, inf, nan], "
                    "'dir': 'C:\\data\\run'}")  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        [log] = read_logs(path)
    assert log.points("train") == log.points("val") == 4
    assert math.isnan(log.rows[-1][2]["loss"])


def test_a_validation_loss_s_training_twin_is_the_training_loss(tmp_path: Path) -> None:
    # A Keras GAN history: `gen_loss` is what `val_gen_loss` is the validation of.
    path = tmp_path / "val_losses.csv"
    path.write_text(
        "epoch,gen_loss,disc_loss,val_gen_loss,val_disc_loss\n"
        "1,1.15,1.03,0.88,1.12\n2,1.01,1.20,1.01,1.19\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "gen_loss", "val": "val_gen_loss"}
    assert log.rows[:2] == [(1, "train", {"loss": 1.15}), (1, "val", {"loss": 0.88})]


def test_an_l1_printed_by_its_split_is_the_loss(tmp_path: Path) -> None:
    path = tmp_path / "run.out"
    path.write_text(
        "Epoch   0 | train L1 = 0.8044\n              |  val L1 = 0.6239\n"
        "Epoch   1 | train L1 = 0.6629\n              |  val L1 = 0.6097\n"
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "train L1", "val": "val L1"}
    assert log.rows == [
        (1, "train", {"loss": 0.8044}), (1, "val", {"loss": 0.6239}),
        (2, "train", {"loss": 0.6629}), (2, "val", {"loss": 0.6097}),
    ]  # fmt: skip


def test_rl_records_at_their_update_read_the_value_loss(tmp_path: Path) -> None:
    path = tmp_path / "metrics.jsonl"
    path.write_text(
        '{"update": 1, "steps": 2560, "actor_loss": 0.01, "value_loss": 3093.1, "bc_loss": 3.09}\n'
        '{"checkpoint": "ckpt_1", "update": 1}\n'
        '{"update": 2, "steps": 5120, "actor_loss": 0.12, "value_loss": 1993.1, "bc_loss": 2.84}\n'
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "value_loss"}
    assert log.rows == [(1, "train", {"loss": 3093.1}), (2, "train", {"loss": 1993.1})]


def test_dvclive_metric_files_read_their_split_from_the_folder_and_join(tmp_path: Path) -> None:
    metrics = tmp_path / "dvclive" / "plots" / "metrics"
    files = {
        "train/loss.tsv": "step\tloss\n0\t0.73\n1\t0.58\n",
        "train/lr.tsv": "step\tlr\n0\t0.001\n1\t0.001\n",
        "eval/loss.tsv": "step\tloss\n0\t0.63\n1\t0.54\n",
        "train/acc.tsv": "step\tacc\n0\t0.6\n1\t0.7\n",
    }
    for name, text in files.items():
        (metrics / name).parent.mkdir(parents=True, exist_ok=True)
        (metrics / name).write_text(text)
    [val] = read_logs(metrics / "eval" / "loss.tsv")
    assert val.kind == "dvclive_tsv" and val.rows == [
        (0, "val", {"loss": 0.63}),
        (1, "val", {"loss": 0.54}),
    ]
    with pytest.raises(LogError, match="no loss column"):  # an accuracy is no series
        read_logs(metrics / "train" / "acc.tsv")
    paths = [metrics / name for name in ("train/loss.tsv", "eval/loss.tsv", "train/lr.tsv")]
    [(_, [run])] = join_runs([(p, read_logs(p)) for p in paths])
    assert run.columns == {
        "train": "train/loss.tsv: loss", "val": "eval/loss.tsv: loss", "lr": "train/lr.tsv: lr"
    }  # fmt: skip
    assert run.rows[:3] == [
        (0, "train", {"loss": 0.73}), (0, "lr", {"lr": 0.001}), (0, "val", {"loss": 0.63})
    ]  # fmt: skip
    # The same table outside DVCLive's folders is a CSV with a step column, as before.
    other = tmp_path / "eval_loss.tsv"
    other.write_text(files["eval/loss.tsv"])
    assert read_logs(other)[0].kind == "lightning_csv"


def test_an_interrupted_writes_nul_bytes_end_a_line_and_the_log_reads(tmp_path: Path) -> None:
    """A job killed while its log was extended leaves NUL bytes (a line of them, a padded
    tail); the text around them is still the log. NULs throughout are a binary file."""
    path = tmp_path / "score.txt"
    path.write_bytes(
        b"1 epoch, LR 0.001, LOSS 12.6\n\x00\x00\x00\x00\n2 epoch, LR 0.001, LOSS 12.5\n"
    )
    [log] = read_logs(path)
    assert [r for r in log.rows if r[1] == "train"] == [
        (1, "train", {"loss": 12.6}), (2, "train", {"loss": 12.5})
    ]  # fmt: skip
    path.write_bytes(b"1 epoch, LOSS 12.6\n" + b"\x00ab" * 20)
    with pytest.raises(LogError, match="not a text file"):
        read_logs(path)
    # A long log ended by a crash whose workers each left one (ten, more than a short log may
    # hold): still the log.
    epochs = b"".join(b"%d epoch, LR 0.001, LOSS %.4f\n" % (e, 9 / e) for e in range(1, 1501))
    crash = b"ERROR: Unexpected segmentation fault encountered in worker.\n\x00" * 10
    path.write_bytes(epochs + crash)
    [log] = read_logs(path)
    assert len([r for r in log.rows if r[1] == "train"]) == 1500
    path.write_bytes(epochs[:4000] + crash)
    with pytest.raises(LogError, match="not a text file"):
        read_logs(path)
    # A tar of that long log has as few runs (its headers' padding): an archive, no text.
    path.write_bytes(epochs)
    archive = tmp_path / "run.tar"
    with tarfile.open(archive, "w") as tar:
        tar.add(path, arcname="score.txt")
    with pytest.raises(LogError, match="not a text file"):
        read_logs(archive)


def test_hifigan_console_reads_its_mel_error_by_its_steps(tmp_path: Path) -> None:
    """HiFi-GAN prints `Steps : N, Gen Loss Total : X, Mel-Spec. Error : Y` every few steps
    under an `Epoch : E` line: the mel error (what validation measures; the generator's total
    is a GAN's sum) at each printed step, not one value an epoch."""
    lines = []
    for epoch in (1, 2):
        lines.append(f"Epoch : {epoch}")
        for step in range((epoch - 1) * 15, epoch * 15, 5):
            lines.append(
                f"Steps : {step}, Gen Loss Total : {70 - step:.3f}, "
                f"Mel-Spec. Error : {1.5 - step / 100:.3f}, s/b : 0.776"
            )
        lines += [f"Validation Loss Total : {1.4 - epoch / 10:.3f}", ""]
    path = tmp_path / "train.log"
    path.write_text("\n".join(lines) + "\n")
    [log] = read_logs(path)
    assert log.columns["train"] == "Spec. Error"
    assert [r for r in log.rows if r[1] == "train"] == [
        (s, "train", {"loss": 1.5 - s / 100}) for s in range(0, 30, 5)
    ]
    assert [r for r in log.rows if r[1] == "val"] == [
        (10, "val", {"loss": 1.3}), (25, "val", {"loss": 1.2})
    ]  # fmt: skip
    # A fork that prints its validation's mel error too: that one is the validation's.
    path.write_text(path.read_text().replace("Validation Loss Total", "Validation Mel-Spec. Error"))
    [log] = read_logs(path)
    assert len([r for r in log.rows if r[1] == "train"]) == 6
    assert [r[2]["loss"] for r in log.rows if r[1] == "val"] == [1.3, 1.2]
    # Where a loss is named, a spectral error beside it is a metric.
    path.write_text(
        "".join(
            f"epoch {e} train_total_loss: {2 - e / 10} spec_error: {e / 10}\n" for e in (1, 2, 3)
        )
    )
    [log] = read_logs(path)
    assert log.columns["train"] == "train_total_loss"


def test_a_learning_rates_export_joins_the_run_its_name_shares(tmp_path: Path) -> None:
    """TensorBoard's per-tag downloads of two runs in one folder: each run's `lr-Adam` export
    joins that run's loss exports, not the other's, and is no run of its own."""
    paths = []
    for run, scale in (("version_4", 1.0), ("version_8", 2.0)):
        for tag, value in (("training_loss", 9.0), ("val_loss", 8.0), ("lr-Adam", 1e-4)):
            path = tmp_path / f"run-deeplab50_{run}-tag-{tag}.csv"
            rows = "".join(f"1.6e9,{step},{value * scale / step}\n" for step in (1, 2, 3))
            path.write_text("Wall time,Step,Value\n" + rows)
            paths.append(path)
    joined = join_runs([(p, read_logs(p)) for p in paths])
    assert len(joined) == 2
    for (_, [run]), scale in zip(joined, (1.0, 2.0), strict=True):
        assert set(run.columns) == {"train", "val", "lr"}
        assert [r[2]["lr"] for r in run.rows if r[1] == "lr"] == [
            1e-4 * scale / s for s in (1, 2, 3)
        ]


def test_hyperopt_trial_results_printed_as_dicts_are_no_training_log(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    trials = ", ".join(f"{{'loss': {v}, 'status': 'ok'}}" for v in (-64.0, -184.0, 56.0, -224.0))
    path.write_text(f"[{trials}]\n")
    with pytest.raises(LogError):
        read_logs(path)
    path.write_text("{'loss': 0.9, 'learning_rate': 5e-05, 'epoch': 0.5}\n" * 2)
    assert read_logs(path)[0].kind == "trainer_console"


def test_a_printed_dict_of_a_custom_loop_names_its_held_out_loss_test_loss(tmp_path: Path) -> None:
    # A malware classifier's loop prints `{'train_loss': .., 'test_loss': .., 'test_acc': ..}`
    # an epoch (ykn01 was read as training alone); Trainer's `predict()` summary, with its
    # `test_runtime`, is no point of the run.
    path = tmp_path / "output.txt"
    epochs = "".join(
        f"{{'train_acc': 0.9, 'train_loss': {t}, 'test_loss': {v}, 'test_acc': 0.8}} - 18:17\n"
        for t, v in ((0.41, 0.30), (0.27, 0.18), (0.19, 0.21))
    )
    path.write_text(epochs + "{'test_loss': 0.5, 'test_runtime': 1.2, 'test_samples': 9}\n")
    [log] = read_logs(path)
    assert log.columns["val"] == "test_loss"
    assert [(r[0], r[2]["loss"]) for r in log.rows if r[1] == "val"] == [
        (1, 0.30), (2, 0.18), (3, 0.21)
    ]  # fmt: skip
    # Beside a validation loss, a closing test-set evaluation is no validation point.
    pairs = ((0.9, 0.8), (0.5, 0.6))
    epochs = "".join(f"{{'train_loss': {t}, 'val_loss': {v}}}\n" for t, v in pairs)
    path.write_text(epochs + "{'test_loss': 0.2, 'test_acc': 0.9}\n")
    [log] = read_logs(path)
    assert [(r[0], r[2]["loss"]) for r in log.rows if r[1] == "val"] == [(1, 0.8), (2, 0.6)]


def test_a_run_settings_dict_naming_its_loss_function_is_no_trainer_point(tmp_path: Path) -> None:
    # A sweep agent's console: the settings printed as a dict (`'loss': 'nse_loss'`, the loss
    # function's name), then the epochs; the dict is no point and no error.
    path = tmp_path / "sweep_agent_1.out"
    epochs = "".join(
        f"Epoch {e}/3 | Train Loss: {t} | Val Loss: {v}\n"
        for e, t, v in ((1, 2.5, 1.9), (2, 1.2, 1.4), (3, 0.9, 1.3))
    )
    path.write_text(f"Run hparams: {{'lr': 0.0005, 'loss': 'nse_loss', 'epochs': 3}}\n{epochs}")
    [log] = read_logs(path)
    assert [r[2]["loss"] for r in log.rows if r[1] == "val"] == [1.9, 1.4, 1.3]
    # Nor does such a dict number the Trainer points after it.
    path.write_text("{'loss': 'mse', 'steps': 1000}\n" + "{'loss': 0.9, 'epoch': 0.5}\n" * 2)
    [log] = read_logs(path)
    assert [r[0] for r in log.rows if r[1] == "train"] == [1, 2]
    path.write_text("{'loss': nan, 'learning_rate': 5e-05, 'epoch': 0.5}\n" * 2)
    [log] = read_logs(path)
    assert log.kind == "trainer_console" and math.isnan(log.rows[0][2]["loss"])


def test_sam2_epoch_stats_without_counters_take_the_totals_beside_their_parts(
    tmp_path: Path,
) -> None:
    # yki01-05's fork dropped SAM 2's `Trainer/` counters: a record an epoch; its totals are
    # the losses whatever the order of their parts, validation's too.
    path = tmp_path / "train_stats.json"
    path.write_text(
        "".join(
            json.dumps(
                {"Losses/train_all_loss_mask": 0.1 * e, "Losses/train_all_loss": 1.0 + e,
                 "Losses/val_all_loss": 2.0 + e}
            ) + "\n"
            for e in range(3)
        )
    )  # fmt: skip
    [log] = read_logs(path)
    assert log.columns == {"train": "Losses/train_all_loss", "val": "Losses/val_all_loss"}
    assert [(r[0], r[1], r[2]["loss"]) for r in log.rows][:2] == [
        (1, "train", 1.0), (1, "val", 2.0)
    ]  # fmt: skip


def test_json_lines_count_steps_by_the_global_step_where_the_step_restarts(tmp_path: Path) -> None:
    path = tmp_path / "training_log.jsonl"
    records = [(31, 0, 31, 12.0), (63, 0, 63, 11.0), (111, 1, 15, 10.5), (143, 1, 47, 10.0)]
    path.write_text(
        "".join(
            json.dumps({"global_step": g, "epoch": e, "step": s, "loss": v}) + "\n"
            for g, e, s, v in records
        )
    )
    [log] = read_logs(path)
    assert "step = global_step" in log.format
    assert [r[0] for r in log.rows] == [31, 63, 111, 143]


def test_chinese_loss_values_and_columns_named_by_their_split_in_a_loss_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "train_log.txt"
    text = "".join(
        f"当前Batch：{b}/6035 | 当前损失值：{v} | 当前准确率：0.00%\n"
        for b, v in ((10, 10.1), (20, 9.9))
    )
    path.write_bytes(text.encode("gbk"))
    assert [r[2]["loss"] for r in read_logs(path)[0].rows] == [10.1, 9.9]
    losses = tmp_path / "losses.txt"
    losses.write_text("train,valid\n2122.6,674.7\n2103.2,665.1\n")
    [log] = read_logs(losses)
    assert log.columns == {"train": "train", "val": "valid"}
    assert log.rows[:2] == [(1, "train", {"loss": 2122.6}), (1, "val", {"loss": 674.7})]
    other = tmp_path / "scores.csv"  # the same columns in a file not named for losses
    other.write_text("train,valid\n0.8,0.7\n0.9,0.75\n")
    with pytest.raises(LogError, match="no loss column"):
        read_logs(other)


def test_split_columns_of_a_losses_file_win_over_their_total(tmp_path: Path) -> None:
    """yaw01's `losses.csv` (`,ep,train,valid,total`, pandas' index first, the total their
    sum): the training and the held-out losses, as the file's name says, not the total."""
    losses = tmp_path / "losses.csv"
    shutil.copyfile(RAW / "yaw01_octspike.src.csv", losses)
    [log] = read_logs(losses)
    assert log.columns == {"train": "train", "val": "valid"}
    assert comparable(log.rows) == comparable(read_run(HOLDOUT / "yaw01_octspike.csv"))
    parts = tmp_path / "gan_losses.csv"  # no split columns: its parts, read as before
    parts.write_text("epoch,d_loss,g_loss,total\n1,0.7,2.0,2.7\n2,0.6,2.1,2.7\n")
    assert read_logs(parts)[0].columns == {"train": "d_loss"}
    # A split's column beside losses named by their part is no loss (a phase flag, a count).
    parts.write_text("epoch,train,d_loss,g_loss\n1,1,0.9,0.5\n2,1,0.8,0.4\n")
    assert read_logs(parts)[0].columns == {"train": "d_loss"}
    parts.write_text("epoch,train,loss_total,loss_kl\n1,True,0.9,0.5\n2,True,0.8,0.4\n")
    assert read_logs(parts)[0].columns == {"train": "loss_total"}


def test_the_line_a_nul_run_cut_is_passed_over_not_read_short(tmp_path: Path) -> None:
    """`LOSS 12.5` cut to `LOSS 1` by the write a NUL run ended is no point of 1.0, and a
    fragment after the NULs (`43` of `0.43`) is no point either."""
    path = tmp_path / "score.txt"
    path.write_bytes(
        b"1 epoch, LOSS 12.6\n2 epoch, LOSS 12.5\n3 epoch, LOSS 1\x00\x00\x00\n4 epoch, LOSS 12.2\n"
    )
    assert [r[2]["loss"] for r in read_logs(path)[0].rows] == [12.6, 12.5, 12.2]
    bare = tmp_path / "train_loss.txt"
    bare.write_bytes(b"0.95\n0.81\n0.7\x00\x00\x0043\n0.55\n0.5\n")
    assert [r[2]["loss"] for r in read_logs(bare)[0].rows] == [0.95, 0.81, 0.55, 0.5]


def test_a_learning_rates_export_joins_its_run_when_the_run_name_holds_a_split_word(
    tmp_path: Path,
) -> None:
    paths = []
    for run in ("lr_1e-3", "lr_1e-4"):
        tags = ("lr-Adam",) if run == "lr_1e-3" else ("train_loss", "val_loss", "lr-Adam")
        for tag in tags:
            path = tmp_path / f"run-{run}-tag-{tag}.csv"
            path.write_text("Wall time,Step,Value\n1.6e9,1,0.5\n1.6e9,2,0.4\n")
            paths.append(path)
    joined = {p.name: run for p, [run] in join_runs([(p, read_logs(p)) for p in paths])}
    assert set(joined["run-lr_1e-3-tag-lr-Adam.csv"].columns) == {"lr"}  # no run of its own
    [whole] = [run for run in joined.values() if "train" in run.columns]
    assert whole.columns["lr"].startswith("run-lr_1e-4-tag-lr-Adam.csv")
    # Split words side by side are one (`train_learning_rate`): the run is `adapter_`'s.
    folder = tmp_path / "adapter"
    folder.mkdir()
    names = ("adapter_layers_training", "adapter_layers_evaluation", "adapter_train_learning_rate")
    for name in names:
        (folder / f"{name}.csv").write_text("Wall time,Step,Value\n1.6e9,1,0.5\n1.6e9,2,0.4\n")
    paths = [folder / f"{name}.csv" for name in names]
    [(_, [run])] = join_runs([(p, read_logs(p)) for p in paths])
    assert set(run.columns) == {"train", "val", "lr"}


def test_evaluation_records_without_the_global_step_keep_the_count(tmp_path: Path) -> None:
    """Training records print a global step beside one restarting each epoch, evaluations
    only the latter: the global step cannot place them, so the records are counted."""
    path = tmp_path / "log.jsonl"
    lines = []
    for epoch in (1, 2):
        for step in (1, 2, 3, 4):
            g = (epoch - 1) * 4 + step
            lines.append({"global_step": g, "epoch": epoch, "step": step, "loss": 1 / g})
        lines.append({"mode": "val", "epoch": epoch, "step": 4, "loss": 1.0 - epoch / 10})
    path.write_text("".join(json.dumps(r) + "\n" for r in lines))
    [log] = read_logs(path)
    assert [(s, v["loss"]) for s, split, v in log.rows if split == "val"] == [(4, 0.9), (8, 0.8)]


@pytest.mark.parametrize(
    "notice",
    [
        "Epoch    50: reducing learning rate of group 0 to 1.0000e-05.",
        "Epoch 00050: adjusting learning rate of group 0 to 1.0000e-05.",
        "2024-01-02 10:00:00 INFO Epoch 50: reducing learning rate of group 0 to 1.0000e-05.",
    ],
)
def test_a_schedulers_notice_numbers_no_epoch(tmp_path: Path, notice: str) -> None:
    """torch's scheduler notices between an epoch's training and validation lines count the
    scheduler's calls: the validation after one stays at its epoch (it moved to the next)."""
    lines = []
    for epoch in range(60):
        lines += [f"Epoch: {epoch}", f"Training: {4.5 - 0.01 * epoch}"]
        lines += [notice] if epoch == 49 else []
        lines += [f"Validation: {4.4 - 0.01 * epoch}"]
    path = tmp_path / "log_train.log"
    path.write_text("\n".join(lines) + "\n")
    [log] = read_logs(path)
    val = [step for step, split, _ in log.rows if split == "val"]
    assert val == list(range(1, 61))


def test_a_counts_val_twin_is_no_validation_loss(tmp_path: Path) -> None:
    """A part's `val_` twin is its validation (`val_total` beside `total`) unless it counts
    samples (`val_correct` of `val_total`): whole numbers are no loss."""
    records = [
        {"epoch": e, "total": 2.0 / e, "val_total": 2.5 / e, "train_x": 1} for e in range(1, 9)
    ]
    path = tmp_path / "history.json"
    path.write_text(json.dumps(records))
    assert "val 'val_total' 8" in read_logs(path)[0].describe()
    counts = [{"epoch": e, "correct": 50 + e, "total": 100.5, "val_correct": 40, "val_total": 100}
              for e in range(1, 9)]  # fmt: skip
    path.write_text(json.dumps(counts))
    assert "no val" in read_logs(path)[0].describe()


def test_an_aligned_table_with_two_word_names_over_one_rule_is_read(tmp_path: Path) -> None:
    """A training report prints its epochs as a table whose names have two words (`Train
    Loss`), a single rule of dashes under the header and a `42/62` count in a column (yfg01-07
    were read as one-point runs of their closing summary): the losses and the rate by epoch."""
    head = f"{'Epoch':<9}{'Train Loss':<15}{'Train Success':<15}{'Val Loss':<15}{'LR':<13}"
    rows = [f"{e:<9}{t:<15}{'42/62':<15}{v:<15}{'1.00e-03':<13}" for e, t, v in
            [(1, "3.79", "4.29"), (2, "3.30", "3.80"), (3, "nan", "nan")]]  # fmt: skip
    summary = "Best Overall Epoch: Main Epoch 2 (Loss: 3.30)"
    path = write(tmp_path / "training_report.txt", "\n".join(
        ["MAIN TRAINING PHASE", head, "-" * 70, *rows, "", summary]) + "\n")  # fmt: skip
    [log] = read_logs(path)
    series = series_of(log)
    assert [series["val/loss"][e] for e in (1, 2)] == [4.29, 3.8]
    assert series["train/loss"][2] == 3.30 and math.isnan(series["train/loss"][3])
    assert sorted(series["val/loss"]) == [1, 2, 3]
    assert series["lr"] == {1: 1e-3, 2: 1e-3, 3: 1e-3}
    # The same under `|` between the cells is read once, as a table printed with `|`.
    piped = [" Epoch  |  Train Loss  |  Val Loss ", "-" * 36]
    piped += [f"   {e}    |   {t}   |  {v}  " for e, t, v in [(1, 0.68, 0.65), (2, 0.62, 0.61)]]
    [log] = read_logs(write(tmp_path / "console.md", "\n".join(piped) + "\n"))
    assert series_of(log)["val/loss"] == {1: 0.65, 2: 0.61}


def test_an_mljar_learner_log_is_read_and_a_score_refused(tmp_path: Path) -> None:
    """mljar-supervised's `learner_fold_0_training.log` has no header: `iteration,train,
    validation` a boosting round (yfk01-05 were refused). Its values are the eval metric, a
    loss by default; where the learner's `framework.json` names a score (AUC), the log is
    refused rather than read upside down."""
    folder = tmp_path / "AutoML_1" / "3_Default_Xgboost"
    folder.mkdir(parents=True)
    rounds = [(0, 0.58, 0.69), (1, 0.49, 0.66), (2, 0.42, 0.70)]
    path = write(folder / "learner_fold_0_training.log",
                 "".join(f"{k},{t},{v}\n" for k, t, v in rounds))  # fmt: skip
    [log] = read_logs(path)
    assert log.format == "mljar-supervised learner log (step = round)"
    assert series_of(log) == {
        "train/loss": {0: 0.58, 1: 0.49, 2: 0.42},
        "val/loss": {0: 0.69, 1: 0.66, 2: 0.70},
    }
    write(folder / "framework.json", json.dumps({"params": {"eval_metric": "auc"}}))
    with pytest.raises(LogError, match="its eval metric is auc, a score"):
        read_logs(path)


def test_an_mljar_neural_network_log_with_its_validation_column_empty_is_read(
    tmp_path: Path,
) -> None:
    """mljar's neural network learner leaves the validation column empty (`0,0.898,`: ylc01-04
    were refused): its training loss an epoch, and no validation series."""
    folder = tmp_path / "AutoML_1" / "5_Default_NeuralNetwork"
    folder.mkdir(parents=True)
    path = write(folder / "learner_fold_0_training.log", "0,0.898,\n1,0.2247,\n2,0.1804,\n")
    [log] = read_logs(path)
    assert series_of(log) == {"train/loss": {0: 0.898, 1: 0.2247, 2: 0.1804}}
    assert log.columns == {"train": "train"}


def test_an_ultralytics_training_console_is_read_by_its_epoch_bars(tmp_path: Path) -> None:
    """A notebook that ran `yolo train` keeps its console, not always its results.csv (yxf04
    was refused): a header naming the losses before each epoch's bar, the bar's running means
    redrawn, then validation's mAP lines. Each epoch's last drawing gives the loss a
    results.csv is read through (cls, or box where cls is 0 throughout), at the epoch as
    printed (YOLOv5 counts from 0: plus 1); an epoch cut off before its bar's end is no
    epoch's mean; no validation loss is printed, so none is read."""
    header = "      Epoch    GPU_mem   box_loss   seg_loss   cls_loss   dfl_loss  Instances  Size"
    val = "                 Class     Images  Instances      Box(P          R      mAP50"

    def epoch(e: int, cls: float, done: int = 30) -> str:
        return (
            f"{header}\n      {e}/200      4.89G     0.9754      3.035      9.999      1.297"
            f"         23        640:  40%|████      | 12/30 [00:10<00:10]\n      {e}/200      "
            f"4.89G     0.9754      3.035      {cls}      1.297  1.234e+04        640: "
            f"{done * 100 // 30}%|{'█' * (done // 3):<10}| {done}/30 [00:33<00:00]\n"
            f"{val}: 100% 5/5\n"
        )

    text = epoch(1, 4.444) + epoch(2, 2.281) + epoch(3, 1.859) + epoch(4, 1.7, done=12)
    [log] = read_logs(write(tmp_path / "train.log", text))
    assert log.format.startswith("Ultralytics YOLO training console (step = epoch;")
    assert series_of(log) == {"train/loss": {1: 4.444, 2: 2.281, 3: 1.859}}
    five = "      Epoch    GPU_mem   box_loss   obj_loss   cls_loss  Instances       Size\n"
    resumed = "".join(  # the part of a YOLOv5 run a cut output kept: its epochs from 57
        f"     {e}/299      3.7G    {box}   0.07031          0        79        640: 100%\n"
        for e, box in ((57, 0.1192), (58, 0.0991))
    )
    [log] = read_logs(write(tmp_path / "yolov5.log", five + resumed))
    assert log.columns == {"train": "box_loss"}
    assert series_of(log) == {"train/loss": {58: 0.1192, 59: 0.0991}}
    # A loop over two trainings (a detector, then a segmenter from its first epoch): two runs.
    detect = "      Epoch    GPU_mem   box_loss   cls_loss   dfl_loss  Instances       Size\n"
    detect += "".join(
        f"      {e}/5      4.1G      1.2      {cls}      1.1         40        640: 100% 8/8\n"
        for e, cls in ((1, 3.0), (2, 2.5), (3, 2.2))
    )
    first, second = read_logs(write(tmp_path / "loop.log", detect + epoch(1, 4.0) + epoch(2, 3.1)))
    assert series_of(first) == {"train/loss": {1: 3.0, 2: 2.5, 3: 2.2}}
    assert series_of(second) == {"train/loss": {1: 4.0, 2: 3.1}}
    # YOLOv5 before 6.2 (yzl02, yzl05 were refused): `gpu_mem`, bare names, `labels
    # img_size`; before 6.0 with a `total` beside them.
    for names, total in (("box    obj    cls", ""), ("box    obj    cls    total", "0.2")):
        old = f"     Epoch   gpu_mem       {names}    labels  img_size\n" + "".join(
            f"     {e}/149     1.43G    0.1264   0.05793   {cls}   {total}    325       416: "
            f"100%|##########| 5/5 [00:08<00:00,  1.6s/it]\n"
            for e, cls in ((0, 0.05205), (1, 0.04907))
        )
        [log] = read_logs(write(tmp_path / "yolov5_old.log", old))
        assert log.columns == {"train": "cls_loss"}
        assert series_of(log) == {"train/loss": {1: 0.05205, 2: 0.04907}}


def test_a_deeplabcut_learning_stats_file_is_read_by_its_name(tmp_path: Path) -> None:
    """DeepLabCut 2 writes `learning_stats.csv` without a header: `iteration, loss, lr` a
    display interval (ywq02 was refused). Its name says what the three bare columns are; the
    same lines under another name stay refused, saying what was expected."""
    text = "10, 0.29187, 0.005\n20, 0.04131, 0.005\n30, 0.03017, 0.001\n"
    path = write(tmp_path / "learning_stats.csv", text)
    [log] = read_logs(path)
    assert log.format == "DeepLabCut learning_stats.csv (step = iteration)"
    assert series_of(log) == {
        "train/loss": {10: 0.29187, 20: 0.04131, 30: 0.03017},
        "lr": {10: 0.005, 20: 0.005, 30: 0.001},
    }
    with pytest.raises(LogError, match="not a training log lossmon can read"):
        read_logs(write(tmp_path / "stats.csv", text))
    # The multi-animal trainer's records, written without a line break between them (ywq01).
    records = (
        "iteration: 5 loss: 0.6900 scmap loss: 0.5097 locref loss: 0.0499 pairwise loss: "
        "0.1304 lr: 0.005iteration: 10 loss: 0.1822 scmap loss: 0.0191 locref loss: 0.0402 "
        "pairwise loss: 0.1228 lr: 0.005"
    )
    (tmp_path / "multi").mkdir()
    [log] = read_logs(write(tmp_path / "multi" / "learning_stats.csv", records))
    assert series_of(log) == {"train/loss": {5: 0.69, 10: 0.1822}, "lr": {5: 0.005, 10: 0.005}}


def test_an_unnamed_pandas_series_is_read_in_a_file_named_for_losses(tmp_path: Path) -> None:
    """`pd.Series(losses).to_csv("generators_loss.csv")` (yhe01's CycleGAN-VC2) writes the
    header `,0` over its index and values: a file named for losses holds losses, one a row;
    elsewhere the file says nothing of what it holds, and is refused saying why."""
    text = ",0\n0,26.7\n1,27.4\n2,24.1\n"
    (tmp_path / "generators_loss.csv").write_text(text)
    [log] = read_logs(tmp_path / "generators_loss.csv")
    assert [(s, v["loss"]) for s, split, v in log.rows] == [(1, 26.7), (2, 27.4), (3, 24.1)]
    (tmp_path / "results.csv").write_text(text)
    with pytest.raises(LogError, match=r"unnamed pandas Series .* names no loss"):
        read_logs(tmp_path / "results.csv")


def test_losses_keyed_by_epoch_are_read_in_a_file_named_for_them(tmp_path: Path) -> None:
    """yhg08's `loss_history_flow.json`, a loop's `losses[epoch] = loss` dumped: `{"0": 0.206,
    "1": 0.124, ...}`, a point an epoch from 1; the same object in a file named for nothing
    is refused."""
    text = json.dumps({"0": 0.206, "1": 0.124, "2": 0.116, "10": 0.1})
    (tmp_path / "loss_history_flow.json").write_text(text)
    [log] = read_logs(tmp_path / "loss_history_flow.json")
    assert [(s, v["loss"]) for s, _, v in log.rows] == [(1, 0.206), (2, 0.124), (3, 0.116),
                                                        (11, 0.1)]  # fmt: skip
    assert log.steps_are_epochs
    (tmp_path / "scores.json").write_text(text)
    with pytest.raises(LogError):
        read_logs(tmp_path / "scores.json")


def test_stable_baselines_tables_read_their_grouped_keys(tmp_path: Path) -> None:
    """Stable-Baselines3 prints OpenAI logger's tables with its keys under a heading (`|
    train/ |` over `|    loss |`): the loss is `train/loss` at `time/total_timesteps`; the
    first table, before any update, holds none."""
    table = """-----------------------------------------
| rollout/                |             |
|    ep_rew_mean          | {reward}        |
| time/                   |             |
|    iterations           | {n}           |
|    total_timesteps      | {steps}        |
| train/                  |             |
|    learning_rate        | 0.0003      |
|    loss                 | {loss}        |
|    value_loss           | 51.2        |
-----------------------------------------"""
    # The first table, before any update: the rollout's and time's keys alone.
    first = "\n".join(table.splitlines()[:6] + table.splitlines()[-1:])
    text = ["Using cpu device", first.format(reward=22.3, n=1, steps=2048)]
    text += [
        table.format(reward=20 + n, n=n, steps=2048 * n, loss=loss)
        for n, loss in ((2, 6.61), (3, 13.7), (4, 21.1))
    ]
    path = tmp_path / "ppo_cartpole.log"
    path.write_text("\n".join(text) + "\n")
    [log] = read_logs(path)
    assert log.format.startswith("OpenAI logger's key-value tables")
    assert [(s, v) for s, split, v in log.rows if split == "train"] == [
        (4096, {"loss": 6.61}), (6144, {"loss": 13.7}), (8192, {"loss": 21.1})
    ]  # fmt: skip


def test_json_records_among_other_output_are_read(tmp_path: Path) -> None:
    """transformers 2.x's `run_glue.py` (and DNABERT's fork, yfp01-04 were refused) prints a
    JSON record each logging step among its progress bars and debugging prints: the records
    are the run where nothing else reads the text; two stray records are not."""
    lines = ["in if branch!", "<class 'transformers.tokenization_dna.DNATokenizer'>"]
    for step, loss in [(100, 8.33), (200, 8.25), (300, 7.91)]:
        lines += [f"debug message{k}" for k in range(9)]
        lines.append(json.dumps({"eval_acc": 0.03, "learning_rate": 2.5e-5, "loss": loss,
                                 "step": step}))  # fmt: skip
    path = write(tmp_path / "dnabert_out.txt", "\n".join(lines) + "\n")
    [log] = read_logs(path)
    assert log.format.startswith("JSON records among other output")
    assert series_of(log)["train/loss"] == {100: 8.33, 200: 8.25, 300: 7.91}
    write(path, "\n".join(lines[:-11] + lines[-1:]) + "\n")
    with pytest.raises(LogError):
        read_logs(path)


def test_a_history_printed_on_one_line_among_other_output_is_the_run(tmp_path: Path) -> None:
    """`print(history.history)` among a script's other prints, or on a logger's line after its
    label (zfl02's `train history: {...}`, zfo03's INFO line, both refused): each history so
    printed is a run where nothing else reads the text; a printed config is none, nor is the
    history of a one-epoch fit before it (xva01's warm-up)."""
    history = {"loss": [1.0, 0.9, 0.8, 0.7], "acc": [0.5, 0.6, 0.7, 0.8]}
    history["val_loss"] = [1.1, 1.0, 0.95, 0.97]
    lines = [
        "Using TensorFlow backend.",
        "config: {'lr': 0.01, 'sizes': [64, 32]}",
        "{'loss': [1.93], 'acc': [0.34], 'val_loss': [1.48], 'val_acc': [0.55]}",
        f"2018-03-01 10:00:00 INFO train history: {history!r}",
        "Test accuracy: 0.9",
    ]
    [log] = read_logs(write(tmp_path / "keras.log", "\n".join(lines) + "\n"))
    assert log.format.startswith("a history printed among other output")
    assert series_of(log) == {
        "train/loss": {1: 1.0, 2: 0.9, 3: 0.8, 4: 0.7},
        "val/loss": {1: 1.1, 2: 1.0, 3: 0.95, 4: 0.97},
    }
    with pytest.raises(LogError):
        read_logs(write(tmp_path / "run.log", "\n".join(lines[:3] + lines[4:]) + "\n"))
    settings = [
        "splits: {'train': [0, 1, 2, 3, 4, 5], 'val': [6, 7]}",
        "LOSS_WEIGHTS   {'loss': [1.5, 1.0, 1.0], 'mask_loss': [1.0]}",
        "cfg = {'lr_steps': [30, 60, 90], 'losses': [1, 2]}",
    ]
    with pytest.raises(LogError):
        read_logs(write(tmp_path / "run.log", "\n".join(settings) + "\n"))
    # A history printed after each epoch, one epoch longer each time: one run, the last.
    each = [f"epoch {n}: {{'loss': {history['loss'][:n]!r}}}" for n in range(1, 5)]
    [log] = read_logs(write(tmp_path / "run.log", "\n".join(each) + "\n"))
    assert series_of(log) == {"train/loss": {1: 1.0, 2: 0.9, 3: 0.8, 4: 0.7}}


def test_a_json_history_of_epoch_losses_is_the_training_loss(tmp_path: Path) -> None:
    """A script's `{"epoch_losses": [...], "elapsed_seconds": ...}` (zfl05, refused)."""
    run = {"epoch_losses": [2.38, 2.35, 2.26], "elapsed_seconds": 337.6}
    [log] = read_logs(write(tmp_path / "training_losses.json", json.dumps(run)))
    assert series_of(log) == {"train/loss": {1: 2.38, 2: 2.35, 3: 2.26}}


def test_records_pair_the_training_loss_with_its_own_evaluation(tmp_path: Path) -> None:
    """A run logging two losses, each for training and validation (zeu01's W&B history:
    `trn_optim_loss`, `val_optim_loss`, `trn_unisurf_loss`, `val_unisurf_loss`): the training
    loss named `trn_` is one, and its validation is the one named as it is, not another."""
    names = ("val_unisurf_loss", "trn_optim_loss", "trn_unisurf_loss", "val_optim_loss")
    records = [{"epoch": e, **{n: 0.1 * k + e for k, n in enumerate(names)}} for e in (1, 2, 3)]
    path = write(tmp_path / "history.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    [log] = read_logs(path)
    assert log.columns["train"] == "trn_optim_loss" and log.columns["val"] == "val_optim_loss"
    # Keys sorted (a held-out test's loss, an evaluation's, before `val_loss`): the validation
    # loss named for the same loss is kept, never the test's.
    for other in ("test_loss", "eval_loss"):
        records = [{other: 2.0 + e, "train_loss": 1.0 + e, "val_loss": 1.5 + e} for e in (1, 2)]
        lines = [json.dumps({"epoch": e, **r}, sort_keys=True) for e, r in enumerate(records)]
        [log] = read_logs(write(tmp_path / "history.jsonl", "\n".join(lines) + "\n"))
        assert log.columns["val"] == "val_loss"


def test_a_yolact_log_is_read_a_session_a_run(tmp_path: Path) -> None:
    """YOLACT's `logs/yolact_base.log` (ygl01-05 were refused: JSON lines without a step key):
    each launch opens a session, each iteration's losses sit under `data` with its `iter` and
    `lr`; the total `T` is the loss, a session that never trained is no run, `val` records
    hold mAP only."""

    def record(kind: str, session: int, data: dict) -> str:
        return json.dumps({"type": kind, "session": session, "data": data, "time": 1.0})

    def train(session: int, it: int, total: float) -> str:
        losses = {"B": total / 2, "C": total / 4, "M": total / 4, "T": total}
        return record("train", session, {"loss": losses, "epoch": 0, "iter": it, "lr": 1e-4})

    lines = [record("session", 0, {"batch_size": 8}), train(0, 0, 9.5), train(0, 1, 8.25)]
    lines += [record("val", 0, {"box": {"all": 10.2}, "mask": {"all": 9.1}})]
    lines += [record("session", 1, {"batch_size": 8})]  # aborted before its first iteration
    lines += [record("session", 2, {"batch_size": 8}), train(2, 2, 7.0)]
    path = write(tmp_path / "yolact_base.log", "\n".join(lines) + "\n")
    first, second = read_logs(path)
    assert first.format == "YOLACT training log (step = iter)"
    assert series_of(first) == {"train/loss": {0: 9.5, 1: 8.25}, "lr": {0: 1e-4, 1: 1e-4}}
    assert second.part == "session 2 (2 of 2)"
    assert series_of(second)["train/loss"] == {2: 7.0}


def test_a_loss_named_for_no_split_in_a_validation_file_is_validation(tmp_path: Path) -> None:
    """DeepPurpose's `valid_markdowntable.txt` prints each epoch's validation `MSE` beside
    scores (ygp01-09 were read as a training series, so no overfit could show): a loss
    named for no split in a file named for validation is the validation loss, as a bare
    `loss` in 3D-ResNets' `val.log` is; the same table under another name stays training."""
    rule = "+----------+--------+---------------------+"
    lines = [rule, "| # epoch  |  MSE   | Pearson Correlation |", rule]
    lines += [f"| epoch {e}  | {v} |        0.{e}5         |" for e, v in [(0, 1.25), (1, 0.75)]]
    lines += [rule]
    [log] = read_logs(write(tmp_path / "valid_markdowntable.txt", "\n".join(lines) + "\n"))
    assert series_of(log) == {"val/loss": {1: 1.25, 2: 0.75}}
    [log] = read_logs(write(tmp_path / "markdowntable.txt", "\n".join(lines) + "\n"))
    assert series_of(log) == {"train/loss": {1: 1.25, 2: 0.75}}


def _write_events(folder: Path, scalars: dict[str, dict[int, float]], tensors: bool) -> Path:
    """Write an event file with TensorBoard's own writer: each scalar a `simple_value` (as
    PyTorch's SummaryWriter writes it) or a one-element tensor (as TF2's tf.summary does)."""
    from tensorboard.compat.proto import event_pb2, summary_pb2
    from tensorboard.summary.writer.event_file_writer import EventFileWriter
    from tensorboard.util import tensor_util

    writer = EventFileWriter(str(folder))
    for tag, points in scalars.items():
        for step, value in points.items():
            if tensors:
                proto = tensor_util.make_tensor_proto(value, dtype="float32")
                summary_value = summary_pb2.Summary.Value(tag=tag, tensor=proto)
            else:
                summary_value = summary_pb2.Summary.Value(tag=tag, simple_value=value)
            summary = summary_pb2.Summary(value=[summary_value])
            writer.add_event(event_pb2.Event(step=step, wall_time=1.7e9, summary=summary))
    writer.close()
    [path] = folder.glob("events.out.tfevents.*")
    return path


def test_a_tensorboard_event_file_is_read_by_its_loss_tags(tmp_path: Path) -> None:
    """A SummaryWriter's file (`loss` every step, `val_loss` every 10, a NaN, an accuracy and
    a non-scalar beside them) reads as its loss tags at their steps; a file cut inside its
    last record (copied while the writer ran) keeps its whole records."""
    pytest.importorskip("tensorboard", reason="event files are read with the tensorboard package")
    loss = {s: 2.0 / (s + 1) for s in range(30)}
    loss[12] = math.nan
    path = _write_events(
        tmp_path,
        {"loss": loss, "val_loss": {s: 1.0 + s / 100 for s in range(0, 30, 10)},
         "metrics/accuracy": {s: s / 30 for s in range(30)}},
        tensors=False,
    )  # fmt: skip
    [log] = read_logs(path)
    assert log.kind == "tensorboard_events"
    assert log.columns == {"train": "loss", "val": "val_loss"}
    train = {s: v["loss"] for s, split, v in log.rows if split == "train"}
    assert len(train) == 30 and math.isnan(train[12]) and train[29] == pytest.approx(2.0 / 30)
    assert [s for s, split, _ in log.rows if split == "val"] == [0, 10, 20]
    cut = tmp_path / "cut" / path.name
    cut.parent.mkdir()
    whole = path.read_bytes()
    cut.write_bytes(whole[: len(whole) // 4])  # inside the losses, written first
    [short] = read_logs(cut)
    assert 0 < len(short.rows) < len(log.rows)


def test_keras_train_and_validation_event_files_replay_as_one_run(tmp_path: Path) -> None:
    """Keras' TensorBoard callback writes `epoch_loss` (TF2 tensors) into `train/` and
    `validation/` of a run's folder, epochs from 0: given together to `lossmon backtest` they
    are one run at step = epoch + 1, and its overfit is told. Its per-batch losses and its
    validation at the optimizer's iterations (`batch_loss`, `evaluation_loss_vs_iterations`)
    count iterations, not epochs: passed over, so neither file's steps are shifted apart."""
    pytest.importorskip("tensorboard", reason="event files are read with the tensorboard package")
    from click.testing import CliRunner

    from lossmon.server.cli import main

    run = tmp_path / "logs" / "fit" / "20240101-120000"
    (run / "train").mkdir(parents=True)
    (run / "validation").mkdir()
    epochs = range(30)
    train = _write_events(
        run / "train",
        {"epoch_loss": {e: 1.0 / (e + 1) for e in epochs},
         "epoch_learning_rate": {e: 1e-3 for e in epochs},
         "batch_loss": {i: 1.0 / (i / 100 + 1) for i in range(0, 3000, 10)}},
        tensors=True,
    )  # fmt: skip
    val = _write_events(
        run / "validation",
        {"epoch_loss": {e: 0.5 + abs(e - 8) / 20 for e in epochs},
         "epoch_accuracy": {e: 0.9 for e in epochs},
         # tf.keras 2.2+ writes its validation at the optimizer's iterations too.
         "evaluation_loss_vs_iterations": {(e + 1) * 100: 0.5 + abs(e - 8) / 20 for e in epochs}},
        tensors=True,
    )  # fmt: skip
    [(_, [log])] = join_runs([(train, read_logs(train)), (val, read_logs(val))])
    assert "(step = epoch + 1)" in log.format and "one run in 2 files" in log.format
    assert log.columns["val"].startswith("validation/events.out.tfevents.")
    assert log.columns["val"].endswith(": validation/loss")  # its folder's word and tag
    assert [s for s, split, _ in log.rows if split == "val"] == list(range(1, 31))
    assert [s for s, split, _ in log.rows if split == "train"] == list(range(1, 31))
    assert {s: v["lr"] for s, split, v in log.rows if split == "lr"}[1] == pytest.approx(1e-3)
    result = CliRunner().invoke(main, ["backtest", str(train), str(val)])
    assert result.exit_code == 0, result.output
    assert "overfitting" in result.output and "1 run(s) replayed" in result.output


@pytest.mark.parametrize(
    ("lines", "column"),
    [
        # A TF1 DCGAN notebook's `print(i, "  D :", d, "\t G :", g)`.
        ([f"{i}   D : 0.{60 - i}\t G : {3 + i}.5" for i in range(12)], "G"),
        # Machine Learning Mastery's Keras GAN: the discriminator on real and fake, the GAN.
        ([f">{i + 1}, {i + 1}/390, d1=0.5{i % 10}, d2=0.6{i % 10} g={1 + i / 10:.3f}"
          for i in range(12)], "g"),  # fmt: skip
        # …and its pix2pix, each value in brackets.
        ([f">{i + 1}, d1[0.{i % 10}00] d2[0.00{i % 10}] g[{50 - i}.5]" for i in range(12)], "g"),
    ],
    ids=["d-g", "d1-d2-g", "pix2pix-brackets"],
)
def test_a_gan_print_naming_its_networks_alone_is_read_on_its_generator(
    tmp_path: Path, lines: list[str], column: str
) -> None:
    """GAN tutorials print their two networks' losses under the networks' names alone (no
    "loss"): these files were refused. The generator's is read: a GAN that fails shows it there
    (zaq02's generator at 286 while its discriminator sat at 0.001)."""
    path = tmp_path / "gan.txt"
    path.write_text("\n".join(lines) + "\n")
    [log] = read_logs(path)
    assert log.columns == {"train": column}
    values = [v["loss"] for _, split, v in log.rows if split == "train"]
    expected = [float(re.split(r"[=:\[]\s*", line.rstrip("]"))[-1]) for line in lines]
    assert values == expected


@pytest.mark.parametrize(
    "line",
    ["step {i} D: 0.{j} width: {i}",  # a diameter, no generator beside it
     "gen: {i}  d: 0.{j}  best: 0.9"],  # a genetic algorithm's generation counter
    ids=["d-alone", "generation"],
)  # fmt: skip
def test_a_discriminator_value_without_a_generator_is_no_gan_print(
    tmp_path: Path, line: str
) -> None:
    """A `D:` value without a generator's beside it names no loss (a diameter, a depth; a
    `gen` counter is no generator): the file is refused as before."""
    path = tmp_path / "measures.txt"
    path.write_text("".join(line.format(i=i, j=i + 10) + "\n" for i in range(10)))
    with pytest.raises(LogError):
        read_logs(path)


@pytest.mark.parametrize(
    ("tag", "keys"),
    [("loss", ("training", "validation")),
     # PyTorch's own tutorial ("Training with PyTorch"): a tag naming both splits.
     ("Training vs. Validation Loss", ("Training", "Validation"))],
    ids=["loss", "tutorial"],
)  # fmt: skip
def test_add_scalars_folders_of_one_run_are_joined(
    tmp_path: Path, tag: str, keys: tuple[str, str]
) -> None:
    """PyTorch's `add_scalars(tag, {"training": t, "validation": v}, step)` writes each series
    into a folder of its own, `<tag>_<key>/` (`loss_training/`, `loss_validation/`), each under
    the tag (zbr06): read together they are one run, the validation folder's the val split."""
    pytest.importorskip("tensorboard", reason="event files are read with the tensorboard package")
    run = tmp_path / "runs" / "linear"
    steps = range(1, 21)
    folders = [run / f"{tag}_{key}" for key in keys]
    for folder in folders:
        folder.mkdir(parents=True)
    train = _write_events(folders[0], {tag: {s: 1 / s for s in steps}}, False)
    val = _write_events(folders[1], {tag: {s: 2 / s for s in steps}}, False)
    [(_, [log])] = join_runs([(train, read_logs(train)), (val, read_logs(val))])
    assert {split for _, split, _ in log.rows} == {"train", "val"}
    assert {s: v["loss"] for s, split, v in log.rows if split == "val"}[4] == pytest.approx(0.5)
    assert "(step = epoch" not in log.format  # a SummaryWriter's steps are its own


def test_a_run_in_a_folder_named_test_keeps_its_own_splits(tmp_path: Path) -> None:
    """SummaryWriter runs named `test` and `mnist_test` (`runs/mnist_test/`) are no validation
    folders: their training loss stays the training split, and two runs in sibling folders
    (`cifar_train/`, `mnist_test/`) are not joined into one."""
    pytest.importorskip("tensorboard", reason="event files are read with the tensorboard package")
    split_tags = {"Loss/train": {s: 1 / s for s in range(1, 11)}, "Loss/val": {5: 0.3, 10: 0.2}}
    reads = []
    for name, scalars in [("test", split_tags), ("mnist_test", {"loss": {1: 0.9, 2: 0.5}}),
                          ("cifar_train", {"loss": {1: 0.8, 2: 0.6}})]:  # fmt: skip
        (tmp_path / "runs" / name).mkdir(parents=True)
        path = _write_events(tmp_path / "runs" / name, scalars, tensors=False)
        reads.append((path, read_logs(path)))
    assert reads[0][1][0].columns == {"train": "Loss/train", "val": "Loss/val"}
    assert reads[1][1][0].columns == {"train": "loss"}
    assert len(join_runs(reads[1:])) == 2


def test_event_files_odd_values_and_unnumbered_steps(tmp_path: Path) -> None:
    """A tensor of no numeric type (or damaged) beside the loss is passed over, not a crash;
    TF1's `add_summary` without a global step writes every value at step 0: read in the order
    written, from 1, not as one point."""
    pytest.importorskip("tensorboard", reason="event files are read with the tensorboard package")
    from tensorboard.compat.proto import event_pb2, summary_pb2, tensor_pb2
    from tensorboard.summary.writer.event_file_writer import EventFileWriter

    writer = EventFileWriter(str(tmp_path))
    for i, value in enumerate([0.9, 0.7, 0.6, 0.55]):
        odd = summary_pb2.Summary.Value(tag="odd", tensor=tensor_pb2.TensorProto())
        loss = summary_pb2.Summary.Value(tag="loss", simple_value=value)
        summary = summary_pb2.Summary(value=[odd, loss])
        writer.add_event(event_pb2.Event(step=0, wall_time=1.7e9 + i, summary=summary))
    writer.close()
    [path] = tmp_path.glob("events.out.tfevents.*")
    [log] = read_logs(path)
    assert [(s, v["loss"]) for s, _, v in log.rows] == [
        (1, pytest.approx(0.9)), (2, pytest.approx(0.7)), (3, pytest.approx(0.6)),
        (4, pytest.approx(0.55)),
    ]  # fmt: skip


@pytest.mark.parametrize("bar", ["[==============================] - 6s 66ms/step", "- 6s"])
def test_keras_evaluate_printed_without_a_bar_after_the_fit_is_no_epoch(
    tmp_path: Path, bar: str
) -> None:
    """`model.evaluate(..., verbose=2)` after the fit prints `39/39 - 1s - loss: 0.56` (no
    bar): it was read as one more training value, 31 against 30 validations, and the log fell
    back to numbering by value count, the validations a step off (zbx04, zbe04, zbe05); the
    fit's own verbose=2 lines (`92/92 - 6s - loss: ...`) are its epochs."""
    lines = []
    for epoch in range(1, 31):
        lines += [f"Epoch {epoch}/30",
                  f"92/92 {bar} - loss: {1 / epoch:.4f} - val_loss: {1.2 / epoch:.4f}"]  # fmt: skip
    lines += ["39/39 - 1s - loss: 0.5616 - accuracy: 0.8172", "", "Test accuracy: 0.8172"]
    path = tmp_path / "console.txt"
    path.write_text("\n".join(lines) + "\n")
    [log] = read_logs(path)
    assert "step = printed epoch" in log.format
    for split in ("train", "val"):
        assert [s for s, sp, _ in log.rows if sp == split] == list(range(1, 31))
    assert log.rows[-1] == (30, "val", {"loss": pytest.approx(0.04)})


def test_a_test_loss_beside_its_training_twin_is_the_validation(tmp_path: Path) -> None:
    """PyTorch's SummaryWriter docs write `Loss/train` and `Loss/test`: the test set evaluated
    during training is the run's validation; a `test` tag beside a validation stays unread."""
    pytest.importorskip("tensorboard", reason="event files are read with the tensorboard package")
    steps = range(1, 11)
    first = _write_events(
        tmp_path / "a", {"Loss/train": {s: 1 / s for s in steps}, "Loss/test": {5: 0.4, 10: 0.3}},
        tensors=False,
    )
    [log] = read_logs(first)
    assert log.columns == {"train": "Loss/train", "val": "validation/Loss/test"}
    assert [s for s, split, _ in log.rows if split == "val"] == [5, 10]
    second = _write_events(
        tmp_path / "b",
        {"train_loss": {s: 1 / s for s in steps}, "val_loss": {5: 0.4}, "test_loss": {10: 0.3}},
        tensors=False,
    )
    [log] = read_logs(second)
    assert log.columns == {"train": "train_loss", "val": "val_loss"}


def test_deepxde_training_tables_are_read_as_their_summed_terms(tmp_path: Path) -> None:
    """DeepXDE prints a table while `model.train()` runs (a W&B capture of it: zcc01-06; a
    notebook's: dg10): each row's loss terms summed, on the training and the test points, at
    the printed step; L-BFGS's table going on from Adam's steps is the same run, a table from 0
    again another model's. Before, only the `Best model at step N:` summaries were read."""
    def table(steps: range, scale: float) -> list[str]:
        head = f"{'Step':<10}{'Train loss':<34}{'Test loss':<34}Test metric"
        return ["Training model...", "", head] + [
            f"{s:<10}[{scale / (s + 1):.2e}, {scale / 10:.2e}]    "
            f"[{scale / (s + 2):.2e}, {scale / 10:.2e}]    []"
            for s in steps
        ] + ["", f"Best model at step {steps[-1]}:", "  train loss: 1.00e-01", ""]

    lines = ["Compiling model...", *table(range(0, 3001, 1000), 3.0),
             *table(range(3000, 5001, 1000), 3.0), *table(range(0, 2001, 1000), 8.0)]  # fmt: skip
    path = tmp_path / "output.log"
    path.write_text("\n".join(lines) + "\n")
    [first, second] = read_logs(path)
    assert "DeepXDE training table" in first.format
    train = [s for s, split, _ in first.rows if split == "train"]
    assert train == [0, 1000, 2000, 3000, 4000, 5000]
    assert first.rows[0] == (0, "train", {"loss": pytest.approx(3.0 + 0.3)})
    assert [s for s, split, _ in second.rows if split == "val"] == [0, 1000, 2000]


def test_a_lightning_value_logged_both_ways_is_read_under_its_own_name(tmp_path: Path) -> None:
    """`self.log("loss", on_step=True, on_epoch=True)` writes `loss_step` and `loss_epoch` (zcx02):
    the finer one is the training loss, named `loss` as the script logged it; it was passed over
    (neither suffixed name is a loss's) and the run read on its validation alone."""
    pytest.importorskip("tensorboard", reason="event files are read with the tensorboard package")
    steps = range(1, 101)
    path = _write_events(
        tmp_path,
        {"loss_step": {s: 1 / s for s in steps}, "loss_epoch": {s: 1 / s for s in steps[9::10]},
         "val_loss": {s: 2 / s for s in steps[9::10]}, "epoch": {s: s // 10 for s in steps}},
        tensors=False,
    )  # fmt: skip
    [log] = read_logs(path)
    assert log.columns == {"train": "loss", "val": "val_loss"}
    assert sum(split == "train" for _, split, _ in log.rows) == 100
