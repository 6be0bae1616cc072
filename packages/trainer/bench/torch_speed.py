"""PyTorch side of the trainer benchmark: the same models, batch and optimizer, on the same Fashion-MNIST
files. Prints one JSON line with the median wall and CPU (all threads) time of the steps after the warm-up:
{"seconds_per_step": ..., "cpu_seconds_per_step": ..., "threads": ...}.
Usage:
torch_speed.py MODEL STEPS WARMUP THREADS  (MODEL: lenet5 | mlp)"""
import gzip
import json
import sys
import time

import numpy as np
import torch
from torch import nn

model_name, steps, warmup, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
torch.set_num_threads(threads)
torch.manual_seed(1)

root = "/usr/share/datasets/fashion-mnist/"
with gzip.open(root + "train-images-idx3-ubyte.gz") as f:
    images = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 1, 28, 28)
with gzip.open(root + "train-labels-idx1-ubyte.gz") as f:
    labels = np.frombuffer(f.read(), np.uint8, offset=8)

if model_name == "lenet5":
    model = nn.Sequential(
        nn.Conv2d(1, 6, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(256, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))
else:
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 300), nn.ReLU(), nn.Linear(300, 10))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()
batch = 128
order = np.random.default_rng(1).permutation(len(labels))
stamps = []
cpu_stamps = []
for step in range(warmup + steps):
    index = order[step * batch:(step + 1) * batch]
    x = torch.from_numpy(images[index].astype(np.float32) / 255)
    y = torch.from_numpy(labels[index].astype(np.int64))
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    loss.item()
    stamps.append(time.perf_counter())
    cpu_stamps.append(time.process_time())


def median_step(values):
    timed = values[warmup - 1:]
    durations = sorted(b - a for a, b in zip(timed, timed[1:]))
    middle = len(durations) // 2
    return durations[middle] if len(durations) % 2 else (durations[middle - 1] + durations[middle]) / 2


result = {"seconds_per_step": median_step(stamps), "cpu_seconds_per_step": median_step(cpu_stamps), "threads": threads}
print(json.dumps(result))
