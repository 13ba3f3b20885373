using NewsReader.Ingestion;

namespace NewsReader.Data.Ingest;

internal static class DefaultArticleParse
{
    // Replaced by the Ingestion library's parser entry point once it is in the solution.
    public static ParseResult Parse(ReadOnlySpan<byte> bytes) =>
        ParseFailure.Because("no article parser is available in this build");
}
