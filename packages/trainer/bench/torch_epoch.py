"""PyTorch side of the trainer benchmark: one whole Fashion-MNIST epoch (60,000 images, batch 128, Adam) of
the same model on the same files. Prints one JSON line: the epoch's wall and CPU seconds (all threads), its
mean loss, the thread count and wait policy, the BLAS library the process loaded (from /proc/self/maps and,
for OpenBLAS, its own openblas_get_config() and openblas_get_num_threads()) and the peak RSS.
Usage: torch_epoch.py MODEL THREADS  (MODEL: lenet5 | mlp; the caller sets OMP_WAIT_POLICY and
OPENBLAS_NUM_THREADS)"""
import ctypes
import gzip
import json
import os
import resource
import sys
import time

import numpy as np
import torch
from torch import nn

model_name, threads = sys.argv[1], int(sys.argv[2])
torch.set_num_threads(threads)
torch.manual_seed(1)


def loaded_blas():
    """The BLAS shared library mapped into this process, and what kind it is."""
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line.lower() and "/" in line}
    libraries = sorted(path for path in paths if ".so" in path)
    kind = "unknown"
    config = None
    threads = None
    for path in libraries:
        if "openblas" in path:
            kind = "openblas"
            try:
                library = ctypes.CDLL(path)
                library.openblas_get_config.restype = ctypes.c_char_p
                config = library.openblas_get_config().decode()
                threads = library.openblas_get_num_threads()
            except (OSError, AttributeError):
                pass
        elif "mkl" in path:
            kind = "mkl"
        elif kind == "unknown" and ("/blas/" in path or "libblas.so" in path):
            # Debian's reference BLAS (alternatives: /usr/lib/<arch>/blas/libblas.so.3): about 3x slower.
            kind = "reference"
    return {"kind": kind, "libraries": libraries, "config": config, "threads": threads}


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
total_loss = 0.0
started, cpu_started = time.perf_counter(), time.process_time()
for start in range(0, len(labels), batch):
    index = order[start:start + batch]
    x = torch.from_numpy(images[index].astype(np.float32) / 255)
    y = torch.from_numpy(labels[index].astype(np.int64))
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    total_loss += loss.item() * len(index)
seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started

print(json.dumps({
    "seconds": seconds,
    "cpuSeconds": cpu_seconds,
    "loss": total_loss / len(labels),
    "threads": torch.get_num_threads(),
    "waitPolicy": os.environ.get("OMP_WAIT_POLICY", "default"),
    "version": torch.__version__,
    "blas": loaded_blas(),
    "peakRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
