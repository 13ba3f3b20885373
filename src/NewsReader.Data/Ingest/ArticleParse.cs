using NewsReader.Ingestion;

namespace NewsReader.Data.Ingest;

/// <summary>Turns a file's bytes into an article or a failure; the text and HTML parsers behind one call.</summary>
public delegate ParseResult ArticleParse(ReadOnlySpan<byte> bytes);
