using System.Security.Cryptography;
using System.Text.Json;
using NewsReader.Ingestion;

namespace NewsReader.Data.Ingest;

internal static class ContentHash
{
    /// <summary>SHA-256 of what a reader sees; diagnostics are left out so a parser fix that only changes notes is "unchanged".</summary>
    public static string Of(ParsedArticle article) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(article with { Diagnostics = [] })));

    public static string OfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
