"""Build a tiny but real Argos package at test time.

A real CTranslate2 Transformer (1 encoder and 1 decoder layer, d_model 16, random weights)
plus a real sentencepiece model trained on a few lines, packed with metadata.json into an
`.argosmodel` zip exactly like the published packages. The weights are random, so its
output is gibberish: tests assert structure (one output per input, signatures, masks
restored or fallback recorded), never quality. Builds in well under a second.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np

LINES = [
    "پاکستان نے افغان مہاجرین کو ملک چھوڑنے کا حکم دیا",
    "وزیر داخلہ نے کہا کہ تقریباً سترہ لاکھ افغان شہری غیر قانونی ہیں",
    "طورخم سرحد پر ہزاروں خاندان جمع ہو گئے",
    "اقوام متحدہ نے جبری واپسی پر تشویش ظاہر کی",
    "د پاکستان حکومت وویل چې افغان کډوال باید ووځي",
    "په طورخم کې زرګونه کورنۍ راغلې دي",
    "وزیر داخله گفت که مهاجرین افغان باید برگردند",
    "حکومت پاکستان مهلت را تا ماه اکتبر تمدید نکرد",
    "Pakistan ordered Afghan refugees to leave the country",
    "The interior minister said nearly two million Afghans are illegal",
    "Thousands of families gathered at the Torkham border",
    "The United Nations expressed concern about forced returns",
    "The deadline of October 31 was not extended",
    "Officials said 1.7 million Afghans live in Pakistan",
    "Refugees crossed at Chaman and Torkham",
    "The caretaker government announced the plan",
    "UNHCR and IOM said returns must be voluntary",
    "Holding centres were set up in Karachi and Peshawar",
    "<x1> <x2> <x3> 7301 7302 7303",
    "0 1 2 3 4 5 6 7 8 9 , . ! ?",
]


def train_sentencepiece(workdir: Path, vocab_size: int = 160) -> Path:
    import sentencepiece as spm

    corpus = workdir / "corpus.txt"
    corpus.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    prefix = workdir / "sentencepiece"
    # hard_vocab_limit off: with 20 lines the trainer may not reach exactly vocab_size.
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), vocab_size=vocab_size,
        model_type="unigram", character_coverage=1.0, hard_vocab_limit=False,
        minloglevel=2, num_threads=1,
    )
    return prefix.with_suffix(".model")


def build_ct2_model(model_dir: Path, vocabulary: list[str], d_model: int = 16, seed: int = 7) -> None:
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    spec = transformer_spec.TransformerSpec.from_config(1, 2)
    vocab, ffn = len(vocabulary), 2 * d_model

    def w(*shape):
        return (rng.standard_normal(shape) * 0.3).astype(np.float32)

    def norm(layer):
        layer.gamma = np.ones(d_model, np.float32)
        layer.beta = np.zeros(d_model, np.float32)

    enc, dec = spec.encoder, spec.decoder
    enc.embeddings[0].weight = w(vocab, d_model)
    dec.embeddings.weight = w(vocab, d_model)
    dec.projection.weight = w(vocab, d_model)
    for stack in (enc, dec):
        norm(stack.layer_norm)
        for layer in stack.layer:
            norm(layer.self_attention.layer_norm)
            layer.self_attention.linear[0].weight = w(3 * d_model, d_model)
            layer.self_attention.linear[1].weight = w(d_model, d_model)
            norm(layer.ffn.layer_norm)
            layer.ffn.linear_0.weight = w(ffn, d_model)
            layer.ffn.linear_1.weight = w(d_model, ffn)
    for layer in dec.layer:
        norm(layer.attention.layer_norm)
        layer.attention.linear[0].weight = w(d_model, d_model)
        layer.attention.linear[1].weight = w(2 * d_model, d_model)
        layer.attention.linear[2].weight = w(d_model, d_model)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    model_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(model_dir))


def build_argosmodel(
    workdir: Path,
    *,
    name: str = "translate-ur_en-0_1",
    metadata: dict | None = None,
) -> Path:
    """Write `<workdir>/<name>.argosmodel` and return its path."""
    import sentencepiece as spm

    workdir.mkdir(parents=True, exist_ok=True)
    sp_path = train_sentencepiece(workdir)
    sp = spm.SentencePieceProcessor(model_file=str(sp_path))
    vocabulary = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    model_dir = workdir / "ct2"
    if not (model_dir / "model.bin").exists():
        build_ct2_model(model_dir, vocabulary)
    metadata = metadata or {
        "package_version": "0.1",
        "argos_version": "1.9",
        "from_code": "ur",
        "from_name": "Urdu",
        "to_code": "en",
        "to_name": "English",
    }
    out = workdir / f"{name}.argosmodel"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{name}/metadata.json", json.dumps(metadata))
        zf.write(sp_path, f"{name}/sentencepiece.model")
        for file in sorted(model_dir.iterdir()):
            zf.write(file, f"{name}/model/{file.name}")
    return out


def zip_bytes(members: dict[str, bytes | str]) -> bytes:
    """A zip in memory with the given members, for install-safety tests."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for member, data in members.items():
            zf.writestr(member, data)
    return buf.getvalue()
