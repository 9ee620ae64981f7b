"""unionfacts: Vietnamese trade-union news → structured, queryable facts.

The library API lives here; the ``unionfacts`` command is a thin layer over it::

    from unionfacts import extract_facts
    facts = extract_facts("Sáng ngày 29/9, ... hỗ trợ 70 tỷ đồng ...", published="2021-09-30")

    import unionfacts
    nlp = unionfacts.load()          # a spaCy Language
    doc = nlp(text)                  # doc._.facts, doc._.money, doc.spans["sc"], …
"""

__version__ = "0.1.0"
__all__ = ["extract_facts", "load", "process_document", "read_documents", "__version__"]


def __getattr__(name: str):
    # Imported lazily so that `import unionfacts` stays cheap (no spaCy, no models).
    if name in {"extract_facts", "process_document", "read_documents"}:
        from unionfacts import api

        return getattr(api, name)
    if name == "load":
        from unionfacts.language import load

        return load
    raise AttributeError(name)
