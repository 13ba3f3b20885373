using NewsReader.Ingestion;

namespace NewsReader.Data.Tests.Ingest;

/// <summary>
/// The real parser, except that it throws on files starting with <see cref="Trigger"/>: the parser returns bad
/// input as a failure, so this stands in for a parser bug, which real input cannot be relied on to trip.
/// </summary>
internal static class BuggyParser
{
    public const string Trigger = "TRIP THE PARSER";

    public const string Message = "a parser bug tripped on purpose";

    public static ParseResult Parse(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(System.Text.Encoding.UTF8.GetBytes(Trigger))
            ? throw new InvalidOperationException(Message)
            : ArticleParser.Parse(bytes);
}
