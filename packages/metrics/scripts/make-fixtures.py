#!/usr/bin/python3
"""Writes the scikit-learn / NumPy reference outputs that the @digitlab/metrics tests compare against.

Run with Debian's interpreter, which has python3-sklearn (1.2.x) and python3-numpy:

    /usr/bin/python3 packages/metrics/scripts/make-fixtures.py

Every input is generated from fixed seeds, so a re-run writes byte-identical files. Each file records the
library versions it was made with; the tests check that sklearn was 1.2.
"""

import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.metrics import (
    accuracy_score,
    classification_report,
    confusion_matrix,
    zero_one_loss,
)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test-support", "fixtures")
VERSIONS = {"sklearn": sklearn.__version__, "numpy": np.__version__}


def to_json(value):
    """Compact JSON; Python's float repr round-trips, so JavaScript parses the very same doubles."""
    return json.dumps(value, separators=(",", ":"), allow_nan=False)


def write(name, payload):
    """One top-level key per line and one case per line, so a re-run shows up as a readable diff.
    Writes atomically: a temp file in the same folder, then a rename."""
    lines = []
    for key, value in {"versions": VERSIONS, **payload}.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            body = "[\n" + ",\n".join(to_json(item) for item in value) + "\n]"
        elif isinstance(value, dict) and value and all(isinstance(item, dict) for item in value.values()):
            body = "{\n" + ",\n".join(f"{to_json(k)}:{to_json(v)}" for k, v in value.items()) + "\n}"
        else:
            body = to_json(value)
        lines.append(f"{to_json(key)}:{body}")
    path = os.path.join(OUT, name)
    with open(path + ".tmp", "w") as handle:
        handle.write("{\n" + ",\n".join(lines) + "\n}\n")
    os.replace(path + ".tmp", path)


def corrupt(rng, y_true, rate, num_classes):
    """Predictions equal to y_true except a `rate` fraction replaced by another random class."""
    y_pred = y_true.copy()
    wrong = rng.rand(len(y_true)) < rate
    y_pred[wrong] = (y_true[wrong] + rng.randint(1, num_classes, wrong.sum())) % num_classes
    return y_pred


def make_ties(numerators, denominator, filler):
    """Class c is predicted `denominator` times, `numerators[c]` of them correctly; the wrong ones are
    class `filler`, and class c's other true samples are predicted as `filler` too, so precision and
    recall of class c are both numerators[c] / denominator: exact binary ties for the text rounding."""
    y_true, y_pred = [], []
    for label, correct in enumerate(numerators):
        y_true += [label] * correct + [filler] * (denominator - correct) + [label] * (denominator - correct)
        y_pred += [label] * correct + [label] * (denominator - correct) + [filler] * (denominator - correct)
    y_true += [filler] * 5
    y_pred += [filler] * 5
    return np.array(y_true), np.array(y_pred)


def datasets():
    rng = np.random.RandomState(20240521)
    sets = {}

    y = rng.randint(0, 10, 1000)
    sets["balanced-10"] = (y, corrupt(rng, y, 0.12, 10))

    mnist_counts = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
    y = rng.permutation(np.repeat(np.arange(10), mnist_counts))
    sets["mnist-test-size-10"] = (y, corrupt(rng, y, 0.009, 10))

    sizes = [400, 200, 100, 50, 20, 10, 5, 3, 2, 1]
    y = rng.permutation(np.repeat(np.arange(10), sizes))
    pred = corrupt(rng, y, 0.3, 10)
    pred[pred >= 7] = rng.randint(0, 3, (pred >= 7).sum())
    sets["imbalanced-10-never-predicted"] = (y, pred)

    y = rng.randint(0, 2, 200)
    sets["binary-balanced"] = (y, corrupt(rng, y, 0.2, 2))

    y = (rng.rand(300) < 0.05).astype(int)
    sets["binary-imbalanced-minority-never-predicted"] = (y, np.zeros(300, dtype=int))

    y = rng.randint(0, 3, 60)
    pred = y.copy()
    pred[:6] = 3
    pred[6:9] = 7
    sets["labels-only-in-predictions"] = (y, pred)

    values = np.array([-1, 2, 7, 9])
    y = values[rng.randint(0, 4, 80)]
    pred = values[rng.randint(0, 4, 80)]
    pred[:40] = y[:40]
    sets["negative-and-gapped-labels"] = (y, pred)

    sets["ties-eighths"] = make_ties([1, 3, 5, 7], 8, 4)
    sets["ties-thirty-seconds"] = make_ties([1, 3, 15, 31], 32, 4)

    y = rng.randint(0, 5, 50)
    sets["all-correct"] = (y, y.copy())
    sets["all-wrong"] = (y, (y + 1) % 5)
    sets["single-label"] = (np.full(12, 3), np.full(12, 3))
    sets["single-true-label"] = (np.full(12, 3), np.array([3] * 9 + [1, 5, 5]))
    return sets


def report_cases(sets):
    cases = []

    def add(dataset, **options):
        cases.append({"dataset": dataset, **options})

    for name in sets:
        for digits in (2, 4):
            add(name, digits=digits)
    for name in ("imbalanced-10-never-predicted", "binary-imbalanced-minority-never-predicted",
                 "labels-only-in-predictions", "all-wrong", "single-true-label"):
        for zero_division in (0, 1):
            add(name, digits=2, zero_division=zero_division)
            add(name, digits=4, zero_division=zero_division)
    digit_names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    add("balanced-10", target_names=digit_names)
    add("balanced-10", target_names=[f"digit {d}" for d in range(10)], digits=4)
    add("balanced-10", target_names=["a very long class name"] + digit_names[1:], digits=3)
    add("balanced-10", labels=[1, 3, 5])
    add("balanced-10", labels=[1, 3, 5], target_names=["one", "three", "five"], digits=4)
    add("balanced-10", labels=[9, 0, 4])
    add("balanced-10", labels=list(range(10)))
    add("balanced-10", labels=list(range(12)))
    add("balanced-10", labels=list(range(12)), zero_division=1)
    add("balanced-10", labels=[1, 3, 5], target_names=["one", "three"])
    add("balanced-10", labels=[1, 3], target_names=["one", "three", "five", "seven, too long"])
    add("balanced-10", digits=0)
    add("balanced-10", digits=14)
    add("labels-only-in-predictions", labels=[0, 1, 2])
    add("labels-only-in-predictions", labels=[3])
    add("labels-only-in-predictions", labels=[3], zero_division=1)
    add("labels-only-in-predictions", labels=[3, 7])
    add("labels-only-in-predictions", labels=[42])
    add("binary-balanced", target_names=["negative", "positive"], digits=3)
    add("binary-balanced", labels=[1])
    add("binary-balanced", target_names=["n\u00e9gatif \u2713", "positive \U0001F642 with a long name"])
    add("negative-and-gapped-labels", target_names=["minus one", "two", "seven", "nine"])
    add("ties-eighths", digits=0)
    add("ties-eighths", digits=1)
    add("ties-eighths", digits=3)
    add("ties-thirty-seconds", digits=5)
    add("single-label", labels=[3, 4])

    for case in cases:
        y_true, y_pred = sets[case["dataset"]]
        options = {key: case[key] for key in ("labels", "target_names", "digits", "zero_division") if key in case}
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            text = classification_report(y_true, y_pred, **options)
        case["warnings"] = [str(warning.message) for warning in caught]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            case["dict"] = classification_report(y_true, y_pred, output_dict=True, **options)
        case["text"] = text
    return cases


def confusion_cases(sets):
    cases = []
    label_choices = {
        "balanced-10": [None, [9, 0, 4], list(range(12))],
        "labels-only-in-predictions": [None, [0, 1, 2], [3, 7, 0]],
        "negative-and-gapped-labels": [None, [9, -1]],
        "single-true-label": [None, [5, 3]],
    }
    for name in sets:
        for labels in label_choices.get(name, [None]):
            for normalize in (None, "true", "pred", "all"):
                y_true, y_pred = sets[name]
                matrix = confusion_matrix(y_true, y_pred, labels=labels, normalize=normalize)
                cases.append({"dataset": name, "labels": labels, "normalize": normalize,
                              "matrix": matrix.tolist()})
    errors = []
    for name, labels in (("labels-only-in-predictions", [3, 7]), ("balanced-10", [])):
        y_true, y_pred = sets[name]
        try:
            confusion_matrix(y_true, y_pred, labels=labels)
        except ValueError as error:
            errors.append({"dataset": name, "labels": labels, "message": str(error)})
    return cases, errors


def accuracy_cases(sets):
    cases = []
    for name, (y_true, y_pred) in sets.items():
        labels = np.unique(np.concatenate([y_true, y_pred]))
        cases.append({
            "dataset": name,
            "accuracy": accuracy_score(y_true, y_pred),
            "zeroOneLoss": zero_one_loss(y_true, y_pred),
            "labels": labels.tolist(),
            "perClassAccuracy": confusion_matrix(y_true, y_pred, normalize="true").diagonal().tolist(),
        })
    return cases


def format_cases():
    rng = np.random.RandomState(7)
    values = [0.125, 0.375, 0.625, 0.875, 0.675, 0.005, 0.015, 0.025, 0.045, 1.005, 2.675, 0.5, 1.5, 2.5,
              0.03125, 0.09375, 0.96875, 0.00005, 0.00015, 0.99995, 0.999949999, 0.9999, 1 / 3, 2 / 3,
              1e-7, 123.456, 0.0, 1.0, 10.0, 99.995, 0.1 + 0.2, 5e-324, 1e21, 123456789.125]
    values += [k / d for d in (7, 8, 16, 32, 64, 100, 160, 200, 1000) for k in range(0, d + 1, max(1, d // 40))]
    values += rng.rand(200).tolist()
    values += [-v for v in (0.125, 0.001, 0.675, 2.5)]
    return [{"value": value, "digits": digits, "text": "{:.{digits}f}".format(value, digits=digits)}
            for value in values for digits in range(0, 7)]


def softmax_rows(rng, count, num_classes, sharpness):
    logits = rng.randn(count, num_classes) * sharpness
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    return (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)


def probability_cases():
    rng = np.random.RandomState(99)
    probabilities = softmax_rows(rng, 400, 10, 3.0)
    # Rows exactly on bin edges (as float32), to pin down NumPy's edge corrections.
    for row, value in enumerate([0.1, 0.2, 0.3, 0.6, 0.7, 0.9, 1.0, 0.0, 0.5, 0.25]):
        probabilities[row] = (1 - value) / 9
        probabilities[row, row % 10] = value
    y_true = rng.randint(0, 10, 400)
    as_double = probabilities.astype(np.float64)

    histograms = []
    for class_index in (0, 3, 9):
        for bins in (10, 7, 3, 1):
            values = as_double[:, class_index]
            in_class, edges = np.histogram(values[y_true == class_index], bins=bins, range=(0.0, 1.0))
            rest, _ = np.histogram(values[y_true != class_index], bins=bins, range=(0.0, 1.0))
            histograms.append({"classIndex": class_index, "bins": bins, "edges": edges.tolist(),
                               "inClass": in_class.tolist(), "rest": rest.tolist()})

    predicted = as_double.argmax(axis=1)
    errors = np.nonzero(predicted != y_true)[0]
    gap = as_double[errors, predicted[errors]] - as_double[errors, y_true[errors]]
    order = sorted(range(len(errors)), key=lambda i: (-gap[i], errors[i]))
    top = [{"index": int(errors[i]), "predicted": int(predicted[errors[i]]), "actual": int(y_true[errors[i]]),
            "pPredicted": float(as_double[errors[i], predicted[errors[i]]]),
            "pActual": float(as_double[errors[i], y_true[errors[i]]]), "gap": float(gap[i])} for i in order]
    return {
        "numClasses": 10,
        "probabilities": as_double.ravel().tolist(),
        "yTrue": y_true.tolist(),
        "histograms": histograms,
        "errorsRanked": top,
    }


def sum_cases():
    rng = np.random.RandomState(3)
    cases = []
    for length in (1, 2, 7, 8, 9, 15, 16, 17, 100, 128, 129, 300, 1000):
        values = (rng.rand(length) * rng.choice([1e-3, 1.0, 1e6])).tolist()
        cases.append({"values": values, "sum": float(np.sum(np.array(values)))})
    return cases


def main():
    sets = datasets()
    serialized = {name: {"yTrue": y_true.tolist(), "yPred": y_pred.tolist()} for name, (y_true, y_pred) in sets.items()}
    write("datasets.json", {"datasets": serialized})
    write("classification-report.json", {"cases": report_cases(sets)})
    matrices, errors = confusion_cases(sets)
    write("confusion-matrix.json", {"cases": matrices, "errors": errors})
    write("accuracy.json", {"cases": accuracy_cases(sets)})
    write("python-format.json", {"cases": format_cases()})
    write("probabilities.json", probability_cases())
    write("numpy-sum.json", {"cases": sum_cases()})


if __name__ == "__main__":
    main()
