"""A multinomial naive Bayes over the words of an event mention: its class (event type and
weapon category) from the sentence's lower-cased words and word pairs and the words next to
the place name. Trained from our own annotated reports (weak spans), in numpy; nothing
third-party."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np

_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*|\d+")
WINDOW = 5  # words either side of the place name


def features(sentence: str, start: int, end: int) -> list[str]:
    """The words of ``sentence`` with the place name at ``start:end`` replaced by a marker:
    unigrams, adjacent pairs, and the words within ``WINDOW`` of the place (marked apart)."""
    before = _words(sentence[:start])
    after = _words(sentence[end:])
    words = before + ["<place>"] + after
    out = [f"u:{w}" for w in words]
    out += [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    out += [f"w:{w}" for w in before[-WINDOW:] + after[:WINDOW]]
    return out


def _words(text: str) -> list[str]:
    return ["#" if w.isdigit() else w for w in _WORD.findall(text.lower())]


class NaiveBayes:
    """Multinomial naive Bayes with add-``alpha`` smoothing; rows may carry a weight."""

    def __init__(self, alpha: float = 0.5, temper: float = 1.0) -> None:
        self.alpha = alpha
        self.temper = temper  # the log-likelihood is divided by (features ** temper): calibration
        self.classes: list[str] = []
        self.vocab: dict[str, int] = {}

    def fit(
        self, rows: Sequence[list[str]], labels: Sequence[str], weights: Iterable[float]
    ) -> NaiveBayes:
        self.classes = sorted(set(labels))
        index = {c: i for i, c in enumerate(self.classes)}
        for feats in rows:
            for f in feats:
                self.vocab.setdefault(f, len(self.vocab))
        counts = np.zeros((len(self.classes), len(self.vocab) + 1))
        prior = np.zeros(len(self.classes))
        for feats, lab, w in zip(rows, labels, weights, strict=True):
            c = index[lab]
            prior[c] += w
            np.add.at(counts[c], [self.vocab[f] for f in feats], w)
        counts += self.alpha
        self.log_feature = np.log(counts) - np.log(counts.sum(axis=1, keepdims=True))
        self.log_prior = np.log(prior / prior.sum())
        return self

    def proba(self, feats: list[str]) -> dict[str, float]:
        """Posterior probability of each class."""
        idx = [self.vocab[f] for f in feats if f in self.vocab]
        loglik = self.log_feature[:, idx].sum(axis=1) if idx else np.zeros(len(self.classes))
        score = self.log_prior + loglik / max(1, len(idx)) ** self.temper
        score = np.exp(score - score.max())
        score /= score.sum()
        return dict(zip(self.classes, score.tolist(), strict=True))


class Logistic:
    """Multinomial logistic regression with an L2 penalty ``l2``, fitted by L-BFGS (scipy);
    rows may carry a weight."""

    def __init__(self, l2: float = 1.0) -> None:
        self.l2 = l2
        self.classes: list[str] = []
        self.vocab: dict[str, int] = {}

    def _matrix(self, rows: Sequence[list[str]]):
        from scipy import sparse

        indptr, indices = [0], []
        for feats in rows:
            idx = sorted({self.vocab[f] for f in feats if f in self.vocab} | {0})
            indices += idx
            indptr.append(len(indices))
        data = np.ones(len(indices))
        return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), len(self.vocab) + 1))

    def fit(
        self, rows: Sequence[list[str]], labels: Sequence[str], weights: Iterable[float]
    ) -> Logistic:
        from scipy.optimize import minimize

        self.classes = sorted(set(labels))
        for feats in rows:
            for f in feats:
                self.vocab.setdefault(f, len(self.vocab) + 1)  # column 0: the bias
        x = self._matrix(rows)
        y = np.zeros((len(rows), len(self.classes)))
        y[np.arange(len(rows)), [self.classes.index(lab) for lab in labels]] = 1.0
        w = np.asarray(list(weights))[:, None]
        shape = (x.shape[1], len(self.classes))

        def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
            coef = flat.reshape(shape)
            z = x @ coef
            z -= z.max(axis=1, keepdims=True)
            logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
            value = -(w * y * logp).sum() + 0.5 * self.l2 * (coef[1:] ** 2).sum()
            grad = x.T @ (w * (np.exp(logp) - y))
            grad[1:] += self.l2 * coef[1:]
            return value, grad.ravel()

        fit = minimize(
            loss, np.zeros(shape).ravel(), jac=True, method="L-BFGS-B", options={"maxiter": 150}
        )
        self.coef = fit.x.reshape(shape)
        return self

    def proba(self, feats: list[str]) -> dict[str, float]:
        """Posterior probability of each class."""
        z = np.asarray(self._matrix([feats]) @ self.coef)[0]
        p = np.exp(z - z.max())
        p /= p.sum()
        return dict(zip(self.classes, p.tolist(), strict=True))
