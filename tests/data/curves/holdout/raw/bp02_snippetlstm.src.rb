('Cell type: GRU', 'Drop Recurrent: True', 'Drop Input: 0.5', 'Optimizer: rmsprop', 'Layers: 128'>75s - loss: 1.4359 - acc: 0.5541 - val_loss: 1.8086 - val_acc: 0.5125>5s - loss: 1.3485 - acc: 0.5899 - val_loss: 1.7135 - val_acc: 0.5330>0s - loss: 1.2337 - acc: 0.6190 - val_loss: 1.7062 - val_acc: 0.5405
('Cell type: GRU', 'Drop Recurrent: False', 'Drop Input: 0.5', 'Optimizer: adam', 'Layers: 128'>67s - loss: 1.1190 - acc: 0.6589 - val_loss: 1.7880 - val_acc: 0.5150>8s - loss: 0.8514 - acc: 0.7479 - val_loss: 1.8003 - val_acc: 0.5345>8s - loss: 0.6597 - acc: 0.8050 - val_loss: 1.9602 - val_acc: 0.5030>8s - loss: 0.5350 - acc: 0.8369 - val_loss: 1.9641 - val_acc: 0.5110>8s - loss: 0.4185 - acc: 0.8691 - val_loss: 1.9815 - val_acc: 0.5165>8s - loss: 0.3488 - acc: 0.8954 - val_loss: 2.0504 - val_acc: 0.5325>8s - loss: 0.2938 - acc: 0.9124 - val_loss: 2.1956 - val_acc: 0.5105
('Cell type: LSTM', 'Drop Recurrent: False', 'Drop Input: 0.3', 'Optimizer: rmsprop', 'Layers: 64'>49s - loss: 1.2861 - acc: 0.6182 - val_loss: 1.8022 - val_acc: 0.5070>8s - loss: 1.0544 - acc: 0.6815 - val_loss: 1.7904 - val_acc: 0.5305
('Cell type: LSTM', 'Drop Recurrent: False', 'Drop Input: 0.3', 'Optimizer: rmsprop', 'Layers: 128'>83s - loss: 1.5237 - acc: 0.5261 - val_loss: 1.8004 - val_acc: 0.5065>3s - loss: 1.3418 - acc: 0.5850 - val_loss: 1.7938 - val_acc: 0.5030>2s - loss: 1.1976 - acc: 0.6436 - val_loss: 1.7277 - val_acc: 0.5330>2s - loss: 1.0760 - acc: 0.6827 - val_loss: 1.7441 - val_acc: 0.5425>2s - loss: 0.9694 - acc: 0.7156 - val_loss: 1.7233 - val_acc: 0.5420
('Cell type: GRU', 'Drop Recurrent: False', 'Drop Input: 0.5', 'Optimizer: rmsprop', 'Layers: 256'>129s - loss: 1.3153 - acc: 0.5986 - val_loss: 1.7130 - val_acc: 0.5395>30s - loss: 1.1711 - acc: 0.6375 - val_loss: 1.7061 - val_acc: 0.5395>30s - loss: 1.0584 - acc: 0.6754 - val_loss: 1.7060 - val_acc: 0.5395>30s - loss: 0.9682 - acc: 0.7066 - val_loss: 1.7149 - val_acc: 0.5465
('Cell type: LSTM', 'Drop Recurrent: False', 'Drop Input: 0.1', 'Optimizer: rmsprop', 'Layers: 64'>50s - loss: 1.3742 - acc: 0.5755 - val_loss: 1.7516 - val_acc: 0.5200>1s - loss: 1.1982 - acc: 0.6419 - val_loss: 1.7731 - val_acc: 0.5215>1s - loss: 1.0462 - acc: 0.6913 - val_loss: 1.8432 - val_acc: 0.5060>0s - loss: 0.9113 - acc: 0.7310 - val_loss: 1.8357 - val_acc: 0.5180>0s - loss: 0.8190 - acc: 0.7654 - val_loss: 1.7591 - val_acc: 0.5305
('Cell type: GRU', 'Drop Recurrent: False', 'Drop Input: 0.3', 'Optimizer: rmsprop', 'Layers: 256'>128s - loss: 1.3026 - acc: 0.5959 - val_loss: 1.7880 - val_acc: 0.5185>25s - loss: 0.9839 - acc: 0.7061 - val_loss: 1.7260 - val_acc: 0.5265>24s - loss: 0.8642 - acc: 0.7413 - val_loss: 1.8004 - val_acc: 0.5210>26s - loss: 0.7393 - acc: 0.7769 - val_loss: 1.8221 - val_acc: 0.5140
('Cell type: LSTM', 'Drop Recurrent: False', 'Drop Input: 0.5', 'Optimizer: rmsprop', 'Layers: 128'>85s - loss: 1.4353 - acc: 0.5613 - val_loss: 1.7803 - val_acc: 0.5025>5s - loss: 1.3039 - acc: 0.6036 - val_loss: 1.8129 - val_acc: 0.5035>4s - loss: 1.2188 - acc: 0.6300 - val_loss: 1.6718 - val_acc: 0.5455>3s - loss: 1.1213 - acc: 0.6674 - val_loss: 1.7338 - val_acc: 0.5390
('Cell type: GRU', 'Drop Recurrent: False', 'Drop Input: 0.3', 'Optimizer: adam', 'Layers: 128'>66s - loss: 0.9615 - acc: 0.7055 - val_loss: 1.8558 - val_acc: 0.5140>8s - loss: 0.6674 - acc: 0.8020 - val_loss: 1.9012 - val_acc: 0.5130>6s - loss: 0.4853 - acc: 0.8581 - val_loss: 1.9767 - val_acc: 0.5240>7s - loss: 0.3659 - acc: 0.8897 - val_loss: 2.0758 - val_acc: 0.5095>7s - loss: 0.2770 - acc: 0.9195 - val_loss: 2.2296 - val_acc: 0.5045>7s - loss: 0.2330 - acc: 0.9301 - val_loss: 2.2253 - val_acc: 0.5200>7s - loss: 0.1915 - acc: 0.9433 - val_loss: 2.2915 - val_acc: 0.5130
('Cell type: GRU', 'Drop Recurrent: True', 'Drop Input: 0.3', 'Optimizer: rmsprop', 'Layers: 256'>133s - loss: 1.3498 - acc: 0.5815 - val_loss: 1.7862 - val_acc: 0.5135>32s - loss: 1.1858 - acc: 0.6397 - val_loss: 1.7741 - val_acc: 0.5305>32s - loss: 1.0521 - acc: 0.6861 - val_loss: 1.7466 - val_acc: 0.5365>33s - loss: 0.9585 - acc: 0.7076 - val_loss: 1.7477 - val_acc: 0.5495
('Cell type: LSTM', 'Drop Recurrent: False', 'Drop Input: 0.1', 'Optimizer: rmsprop', 'Layers: 256'>152s - loss: 1.2587 - acc: 0.6131 - val_loss: 1.6991 - val_acc: 0.5305>52s - loss: 1.0917 - acc: 0.6719 - val_loss: 1.8417 - val_acc: 0.5115>64s - loss: 0.9622 - acc: 0.7156 - val_loss: 1.7265 - val_acc: 0.5270
('Cell type: LSTM', 'Drop Recurrent: True', 'Drop Input: 0.3', 'Optimizer: adam', 'Layers: 256'>168s - loss: 0.8781 - acc: 0.7374 - val_loss: 1.8687 - val_acc: 0.5205>65s - loss: 0.6755 - acc: 0.8027 - val_loss: 2.0546 - val_acc: 0.5035>69s - loss: 0.5407 - acc: 0.8431 - val_loss: 2.0208 - val_acc: 0.5190>64s - loss: 0.3716 - acc: 0.8941 - val_loss: 2.1480 - val_acc: 0.5000
('Cell type: LSTM', 'Drop Recurrent: True', 'Drop Input: 0.1', 'Optimizer: adam', 'Layers: 256'>188s - loss: 0.9315 - acc: 0.7235 - val_loss: 1.8588 - val_acc: 0.5080>73s - loss: 0.5259 - acc: 0.8452 - val_loss: 2.1239 - val_acc: 0.5040>59s - loss: 0.4101 - acc: 0.8848 - val_loss: 2.0768 - val_acc: 0.5035>71s - loss: 0.3281 - acc: 0.9050 - val_loss: 2.2413 - val_acc: 0.5130>68s - loss: 0.2741 - acc: 0.9247 - val_loss: 2.2674 - val_acc: 0.5050
('Cell type: GRU', 'Drop Recurrent: False', 'Drop Input: 0.5', 'Optimizer: adam', 'Layers: 256'>134s - loss: 1.3992 - acc: 0.5567 - val_loss: 1.7240 - val_acc: 0.5425>29s - loss: 1.0798 - acc: 0.6728 - val_loss: 1.7454 - val_acc: 0.5375>30s - loss: 0.7975 - acc: 0.7589 - val_loss: 1.8000 - val_acc: 0.5440>29s - loss: 0.6273 - acc: 0.8056 - val_loss: 1.7437 - val_acc: 0.5365>34s - loss: 0.4980 - acc: 0.8505 - val_loss: 1.7893 - val_acc: 0.5540>34s - loss: 0.4045 - acc: 0.8793 - val_loss: 1.8822 - val_acc: 0.5370>31s - loss: 0.3339 - acc: 0.9004 - val_loss: 1.9335 - val_acc: 0.5505>29s - loss: 0.2758 - acc: 0.9137 - val_loss: 1.9445 - val_acc: 0.5440
('Cell type: GRU', 'Drop Recurrent: False', 'Drop Input: 0.1', 'Optimizer: rmsprop', 'Layers: 256'>129s - loss: 1.1566 - acc: 0.6470 - val_loss: 1.7941 - val_acc: 0.5140>28s - loss: 0.9924 - acc: 0.7001 - val_loss: 1.8036 - val_acc: 0.5030>29s - loss: 0.8634 - acc: 0.7371 - val_loss: 1.7868 - val_acc: 0.5250>30s - loss: 0.7281 - acc: 0.7840 - val_loss: 1.7908 - val_acc: 0.5190>33s - loss: 0.6413 - acc: 0.8049 - val_loss: 1.9038 - val_acc: 0.5145
('Cell type: GRU', 'Drop Recurrent: True', 'Drop Input: 0.3', 'Optimizer: adam', 'Layers: 256'>128s - loss: 1.4142 - acc: 0.5669 - val_loss: 1.7758 - val_acc: 0.5215>30s - loss: 1.0343 - acc: 0.6918 - val_loss: 1.7960 - val_acc: 0.5285>34s - loss: 0.7917 - acc: 0.7672 - val_loss: 1.7910 - val_acc: 0.5285>33s - loss: 0.5853 - acc: 0.8266 - val_loss: 1.7342 - val_acc: 0.5480>29s - loss: 0.4357 - acc: 0.8728 - val_loss: 1.8217 - val_acc: 0.5400>30s - loss: 0.3517 - acc: 0.8998 - val_loss: 1.8506 - val_acc: 0.5415>33s - loss: 0.2714 - acc: 0.9219 - val_loss: 1.9532 - val_acc: 0.5425>29s - loss: 0.2441 - acc: 0.9285 - val_loss: 2.0491 - val_acc: 0.5430
('Cell type: GRU', 'Drop Recurrent: True', 'Drop Input: 0.3', 'Optimizer: adam', 'Layers: 128'>72s - loss: 1.1555 - acc: 0.6512 - val_loss: 1.8385 - val_acc: 0.5225>3s - loss: 0.9141 - acc: 0.7312 - val_loss: 1.9373 - val_acc: 0.5165>9s - loss: 0.7134 - acc: 0.7925 - val_loss: 1.9005 - val_acc: 0.5190>5s - loss: 0.4451 - acc: 0.8755 - val_loss: 2.0239 - val_acc: 0.5115>3s - loss: 0.3538 - acc: 0.8971 - val_loss: 2.0535 - val_acc: 0.5140>5s - loss: 0.2933 - acc: 0.9193 - val_loss: 2.0457 - val_acc: 0.5215
('Cell type: LSTM', 'Drop Recurrent: True', 'Drop Input: 0.3', 'Optimizer: rmsprop', 'Layers: 128'>85s - loss: 1.4586 - acc: 0.5539 - val_loss: 1.8644 - val_acc: 0.5010>5s - loss: 1.3613 - acc: 0.5761 - val_loss: 1.8795 - val_acc: 0.5035
('Cell type: GRU', 'Drop Recurrent: False', 'Drop Input: 0.3', 'Optimizer: rmsprop', 'Layers: 64'>41s - loss: 1.2043 - acc: 0.6291 - val_loss: 1.9079 - val_acc: 0.5020>9s - loss: 0.8437 - acc: 0.7409 - val_loss: 1.8769 - val_acc: 0.5155
('Cell type: LSTM', 'Drop Recurrent: True', 'Drop Input: 0.5', 'Optimizer: rmsprop', 'Layers: 256'>168s - loss: 1.5167 - acc: 0.5230 - val_loss: 1.8714 - val_acc: 0.4805
('Cell type: LSTM', 'Drop Recurrent: True', 'Drop Input: 0.1', 'Optimizer: rmsprop', 'Layers: 128'>126s - loss: 1.4645 - acc: 0.5376 - val_loss: 1.8349 - val_acc: 0.5145>04s - loss: 1.3403 - acc: 0.5679 - val_loss: 1.8701 - val_acc: 0.5015>8s - loss: 1.2428 - acc: 0.6041 - val_loss: 1.7970 - val_acc: 0.5220
('Cell type: GRU', 'Drop Recurrent: True', 'Drop Input: 0.1', 'Optimizer: adam', 'Layers: 256'>134s - loss: 1.3048 - acc: 0.6050 - val_loss: 1.8542 - val_acc: 0.5095>32s - loss: 0.9421 - acc: 0.7113 - val_loss: 1.8086 - val_acc: 0.5095>32s - loss: 0.6821 - acc: 0.7935 - val_loss: 1.8492 - val_acc: 0.5220>32s - loss: 0.5012 - acc: 0.8522 - val_loss: 1.8704 - val_acc: 0.5190>31s - loss: 0.3669 - acc: 0.8945 - val_loss: 1.9967 - val_acc: 0.5190>31s - loss: 0.2786 - acc: 0.9226 - val_loss: 2.0826 - val_acc: 0.5095>33s - loss: 0.2209 - acc: 0.9383 - val_loss: 2.1789 - val_acc: 0.5010>30s - loss: 0.1793 - acc: 0.9466 - val_loss: 2.1982 - val_acc: 0.5020
('Cell type: GRU', 'Drop Recurrent: False', 'Drop Input: 0.1', 'Optimizer: adam', 'Layers: 256'>124s - loss: 1.1962 - acc: 0.6299 - val_loss: 1.8487 - val_acc: 0.5240>26s - loss: 0.8049 - acc: 0.7566 - val_loss: 1.8991 - val_acc: 0.5130>25s - loss: 0.5364 - acc: 0.8416 - val_loss: 1.9149 - val_acc: 0.5380>26s - loss: 0.3759 - acc: 0.8901 - val_loss: 2.0197 - val_acc: 0.5445>26s - loss: 0.2740 - acc: 0.9199 - val_loss: 2.1110 - val_acc: 0.5355>26s - loss: 0.2136 - acc: 0.9384 - val_loss: 2.1562 - val_acc: 0.5230>30s - loss: 0.1595 - acc: 0.9520 - val_loss: 2.2987 - val_acc: 0.5255>30s - loss: 0.1403 - acc: 0.9579 - val_loss: 2.4141 - val_acc: 0.5075
('Cell type: LSTM', 'Drop Recurrent: False', 'Drop Input: 0.1', 'Optimizer: adam', 'Layers: 128'>89s - loss: 0.4758 - acc: 0.8675 - val_loss: 2.0140 - val_acc: 0.5060>9s - loss: 0.2207 - acc: 0.9396 - val_loss: 2.3649 - val_acc: 0.5020>8s - loss: 0.1839 - acc: 0.9506 - val_loss: 2.6001 - val_acc: 0.4710

Building and compiling model ...
------------- Model compiled in 1.33s ---------------
('Cell type: LSTM', 'Drop Recurrent: False', 'Drop Input: 0.1', 'Optimizer: adam', 'Layers: 128')
Training phase ...
Train on 8000 samples, validate on 2000 samples
Epoch 1/10
95s - loss: 2.4940 - acc: 0.2269 - val_loss: 2.4267 - val_acc: 0.3675
Epoch 2/10
90s - loss: 1.8297 - acc: 0.4346 - val_loss: 2.0373 - val_acc: 0.4125
Epoch 3/10
88s - loss: 1.4001 - acc: 0.5754 - val_loss: 1.8586 - val_acc: 0.4935
Epoch 4/10
95s - loss: 1.0049 - acc: 0.6995 - val_loss: 1.8622 - val_acc: 0.4990
Epoch 5/10
89s - loss: 0.6913 - acc: 0.8009 - val_loss: 1.9170 - val_acc: 0.4895
Epoch 6/10
89s - loss: 0.4758 - acc: 0.8675 - val_loss: 2.0140 - val_acc: 0.5060
Epoch 7/10
88s - loss: 0.3553 - acc: 0.9026 - val_loss: 2.1520 - val_acc: 0.4810
Epoch 8/10
87s - loss: 0.2716 - acc: 0.9245 - val_loss: 2.3261 - val_acc: 0.4925
Epoch 9/10
89s - loss: 0.2207 - acc: 0.9396 - val_loss: 2.3649 - val_acc: 0.5020
Epoch 10/10
88s - loss: 0.1839 - acc: 0.9506 - val_loss: 2.6001 - val_acc: 0.4710
 
Building and compiling model ...
------------- Model compiled in 1.71s ---------------
('Cell type: LSTM', 'Drop Recurrent: True', 'Drop Input: 0.5', 'Optimizer: rmsprop', 'Layers: 128')
Training phase ...
Train on 8000 samples, validate on 2000 samples
Epoch 1/10
91s - loss: 2.7184 - acc: 0.1394 - val_loss: 2.8347 - val_acc: 0.1975
Epoch 2/10
87s - loss: 2.5882 - acc: 0.1936 - val_loss: 2.4759 - val_acc: 0.3480
Epoch 3/10
85s - loss: 2.3438 - acc: 0.2694 - val_loss: 2.3518 - val_acc: 0.3355
Epoch 4/10
84s - loss: 2.1595 - acc: 0.3365 - val_loss: 2.1467 - val_acc: 0.4320
Epoch 5/10
87s - loss: 2.0097 - acc: 0.3769 - val_loss: 2.0442 - val_acc: 0.4705
Epoch 6/10
87s - loss: 1.8964 - acc: 0.4123 - val_loss: 1.9686 - val_acc: 0.4760
Epoch 7/10
87s - loss: 1.7851 - acc: 0.4451 - val_loss: 1.9500 - val_acc: 0.4685
Epoch 8/10
86s - loss: 1.6800 - acc: 0.4745 - val_loss: 1.8889 - val_acc: 0.4760
Epoch 9/10
86s - loss: 1.5972 - acc: 0.4984 - val_loss: 1.8959 - val_acc: 0.4830
Epoch 10/10
87s - loss: 1.5049 - acc: 0.5290 - val_loss: 1.8755 - val_acc: 0.4950
 
Building and compiling model ...
------------- Model compiled in 2.26s ---------------
('Cell type: LSTM', 'Drop Recurrent: False', 'Drop Input: 0.3', 'Optimizer: adam', 'Layers: 128')
Training phase ...
Train on 8000 samples, validate on 2000 samples
Epoch 1/10
87s - loss: 2.5693 - acc: 0.1999 - val_loss: 2.2969 - val_acc: 0.4085
Epoch 2/10
86s - loss: 1.9774 - acc: 0.3895 - val_loss: 1.9929 - val_acc: 0.4720
Epoch 3/10
86s - loss: 1.4641 - acc: 0.5579 - val_loss: 1.8475 - val_acc: 0.4945
Epoch 4/10
87s - loss: 1.0740 - acc: 0.6761 - val_loss: 1.8831 - val_acc: 0.4625
Epoch 5/10
87s - loss: 0.7930 - acc: 0.7647 - val_loss: 1.8721 - val_acc: 0.5130
Epoch 6/10
88s - loss: 0.5965 - acc: 0.8303 - val_loss: 1.9492 - val_acc: 0.5140
Epoch 7/10
86s - loss: 0.4475 - acc: 0.8702 - val_loss: 2.0216 - val_acc: 0.4955
Epoch 8/10
86s - loss: 0.3591 - acc: 0.8981 - val_loss: 2.0735 - val_acc: 0.5240
Epoch 9/10
86s - loss: 0.2876 - acc: 0.9196 - val_loss: 2.1390 - val_acc: 0.5130
Epoch 10/10
87s - loss: 0.2535 - acc: 0.9296 - val_loss: 2.2863 - val_acc: 0.5010
 
Building and compiling model ...
------------- Model compiled in 1.61s ---------------
('Cell type: LSTM', 'Drop Recurrent: True', 'Drop Input: 0.3', 'Optimizer: adam', 'Layers: 128')
Training phase ...
Train on 8000 samples, validate on 2000 samples
Epoch 1/10
84s - loss: 2.6798 - acc: 0.1661 - val_loss: 2.4704 - val_acc: 0.3380
Epoch 2/10
84s - loss: 2.1340 - acc: 0.3409 - val_loss: 2.1420 - val_acc: 0.4520
Epoch 3/10
85s - loss: 1.7118 - acc: 0.4704 - val_loss: 1.9522 - val_acc: 0.4785
Epoch 4/10
86s - loss: 1.3637 - acc: 0.5894 - val_loss: 1.8890 - val_acc: 0.4795
Epoch 5/10
86s - loss: 1.0470 - acc: 0.6918 - val_loss: 1.9220 - val_acc: 0.5035
Epoch 6/10
86s - loss: 0.8339 - acc: 0.7594 - val_loss: 2.0119 - val_acc: 0.5100
Epoch 7/10
86s - loss: 0.6184 - acc: 0.8236 - val_loss: 2.0939 - val_acc: 0.5225
Epoch 8/10
86s - loss: 0.5053 - acc: 0.8581 - val_loss: 2.1304 - val_acc: 0.5275
Epoch 9/10
86s - loss: 0.3953 - acc: 0.8884 - val_loss: 2.2970 - val_acc: 0.5285
Epoch 10/10
86s - loss: 0.3391 - acc: 0.9061 - val_loss: 2.3296 - val_acc: 0.5240
 
Building and compiling model ...
------------- Model compiled in 1.17s ---------------
('Cell type: LSTM', 'Drop Recurrent: False', 'Drop Input: 0.1', 'Optimizer: rmsprop', 'Layers: 128')
Training phase ...
Train on 8000 samples, validate on 2000 samples
Epoch 1/10
83s - loss: 2.7039 - acc: 0.1395 - val_loss: 2.8639 - val_acc: 0.1975
Epoch 2/10
79s - loss: 2.4658 - acc: 0.2386 - val_loss: 2.3509 - val_acc: 0.3590
Epoch 3/10
78s - loss: 2.0910 - acc: 0.3563 - val_loss: 2.1011 - val_acc: 0.4310
Epoch 4/10
78s - loss: 1.8405 - acc: 0.4253 - val_loss: 1.9768 - val_acc: 0.4690
Epoch 5/10
78s - loss: 1.6205 - acc: 0.4925 - val_loss: 1.8578 - val_acc: 0.4835
Epoch 6/10
79s - loss: 1.4391 - acc: 0.5516 - val_loss: 1.7455 - val_acc: 0.5175
Epoch 7/10
81s - loss: 1.2578 - acc: 0.6096 - val_loss: 1.7539 - val_acc: 0.5255
Epoch 8/10
79s - loss: 1.0875 - acc: 0.6694 - val_loss: 1.7238 - val_acc: 0.5415
Epoch 9/10
79s - loss: 0.9597 - acc: 0.7134 - val_loss: 1.7379 - val_acc: 0.5435
Epoch 10/10
79s - loss: 0.8171 - acc: 0.7616 - val_loss: 1.7647 - val_acc: 0.5295
 
Building and compiling model ...
------------- Model compiled in 1.33s ---------------
('Cell type: GRU', 'Drop Recurrent: False', 'Drop Input: 0.1', 'Optimizer: adam', 'Layers: 128')
Training phase ...
Train on 8000 samples, validate on 2000 samples
Epoch 1/10
64s - loss: 2.4088 - acc: 0.2576 - val_loss: 2.0673 - val_acc: 0.4550
Epoch 2/10
64s - loss: 1.6820 - acc: 0.4754 - val_loss: 1.9216 - val_acc: 0.4785
Epoch 3/10
65s - loss: 1.1917 - acc: 0.6392 - val_loss: 1.8016 - val_acc: 0.5200
Epoch 4/10
66s - loss: 0.7865 - acc: 0.7645 - val_loss: 1.8928 - val_acc: 0.5070
Epoch 5/10
65s - loss: 0.5008 - acc: 0.8515 - val_loss: 1.9447 - val_acc: 0.5215
Epoch 6/10
65s - loss: 0.3738 - acc: 0.8887 - val_loss: 2.1137 - val_acc: 0.5165
Epoch 7/10
66s - loss: 0.2749 - acc: 0.9196 - val_loss: 2.2039 - val_acc: 0.4870
Epoch 8/10
68s - loss: 0.2144 - acc: 0.9394 - val_loss: 2.3077 - val_acc: 0.4935
Epoch 9/10
75s - loss: 0.1824 - acc: 0.9464 - val_loss: 2.3325 - val_acc: 0.5160
Epoch 10/10
75s - loss: 0.1356 - acc: 0.9632 - val_loss: 2.4466 - val_acc: 0.5195
 
Building and compiling model ...
------------- Model compiled in 2.17s ---------------
('Cell type: LSTM', 'Drop Recurrent: True', 'Drop Input: 0.5', 'Optimizer: adam', 'Layers: 128')
Training phase ...
Train on 8000 samples, validate on 2000 samples
Epoch 1/10
99s - loss: 2.7077 - acc: 0.1489 - val_loss: 2.5965 - val_acc: 0.3390
Epoch 2/10
100s - loss: 2.2056 - acc: 0.3213 - val_loss: 2.1196 - val_acc: 0.3985
Epoch 3/10
100s - loss: 1.8114 - acc: 0.4360 - val_loss: 2.0322 - val_acc: 0.4335
Epoch 4/10
97s - loss: 1.5129 - acc: 0.5370 - val_loss: 1.9381 - val_acc: 0.4880
Epoch 5/10
90s - loss: 1.2337 - acc: 0.6342 - val_loss: 1.8847 - val_acc: 0.5140
Epoch 6/10
89s - loss: 1.0002 - acc: 0.7081 - val_loss: 1.9208 - val_acc: 0.5140
Epoch 7/10
88s - loss: 0.8214 - acc: 0.7579 - val_loss: 1.9184 - val_acc: 0.5070
Epoch 8/10
88s - loss: 0.6771 - acc: 0.8087 - val_loss: 2.0255 - val_acc: 0.5285
Epoch 9/10
89s - loss: 0.5765 - acc: 0.8356 - val_loss: 2.0964 - val_acc: 0.5215
Epoch 10/10
87s - loss: 0.4980 - acc: 0.8565 - val_loss: 2.1748 - val_acc: 0.5110
 
Building and compiling model ...
------------- Model compiled in 1.28s ---------------
('Cell type: GRU', 'Drop Recurrent: True', 'Drop Input: 0.1', 'Optimizer: adam', 'Layers: 128')
Training phase ...
Train on 8000 samples, validate on 2000 samples
Epoch 1/10
68s - loss: 2.4572 - acc: 0.2431 - val_loss: 2.1625 - val_acc: 0.4425
Epoch 2/10
68s - loss: 1.8684 - acc: 0.4180 - val_loss: 1.9049 - val_acc: 0.4855
Epoch 3/10
68s - loss: 1.4320 - acc: 0.5642 - val_loss: 1.8637 - val_acc: 0.4930
Epoch 4/10
68s - loss: 1.0191 - acc: 0.7017 - val_loss: 1.8480 - val_acc: 0.5150
Epoch 5/10
68s - loss: 0.7204 - acc: 0.7904 - val_loss: 1.7787 - val_acc: 0.5470
Epoch 6/10
68s - loss: 0.5287 - acc: 0.8450 - val_loss: 1.8677 - val_acc: 0.5300
Epoch 7/10
68s - loss: 0.3881 - acc: 0.8864 - val_loss: 1.9511 - val_acc: 0.5320
Epoch 8/10
68s - loss: 0.2889 - acc: 0.9191 - val_loss: 2.0179 - val_acc: 0.5350
Epoch 9/10
68s - loss: 0.2364 - acc: 0.9325 - val_loss: 2.1167 - val_acc: 0.5095
Epoch 10/10
68s - loss: 0.1832 - acc: 0.9491 - val_loss: 2.1516 - val_acc: 0.5175
 
Building and compiling model ...
------------- Model compiled in 1.58s ---------------
('Cell type: LSTM', 'Drop Recurrent: True', 'Drop Input: 0.1', 'Optimizer: adam', 'Layers: 128')
Training phase ...
Train on 8000 samples, validate on 2000 samples
Epoch 1/10
83s - loss: 2.6352 - acc: 0.1787 - val_loss: 2.4696 - val_acc: 0.3125
Epoch 2/10
82s - loss: 2.0760 - acc: 0.3690 - val_loss: 2.0697 - val_acc: 0.4455
Epoch 3/10
83s - loss: 1.6624 - acc: 0.4925 - val_loss: 1.8961 - val_acc: 0.4975
Epoch 4/10
84s - loss: 1.3087 - acc: 0.6041 - val_loss: 1.9415 - val_acc: 0.4990
Epoch 5/10
87s - loss: 0.9940 - acc: 0.7104 - val_loss: 2.0147 - val_acc: 0.4815
Epoch 6/10
88s - loss: 0.7285 - acc: 0.7904 - val_loss: 2.0214 - val_acc: 0.5095
Epoch 7/10
86s - loss: 0.5369 - acc: 0.8498 - val_loss: 2.1413 - val_acc: 0.5195
Epoch 8/10
86s - loss: 0.4214 - acc: 0.8839 - val_loss: 2.2284 - val_acc: 0.5220
Epoch 9/10
86s - loss: 0.3336 - acc: 0.9054 - val_loss: 2.3474 - val_acc: 0.5070
Epoch 10/10
87s - loss: 0.2754 - acc: 0.9226 - val_loss: 2.3492 - val_acc: 0.5325