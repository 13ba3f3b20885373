using System.Text;
using NewsReader.Ingestion;

namespace NewsReader.Data.Tests;

/// <summary>
/// A minimal parser for tests about moving files around (inbox, seeding), which care only that a good
/// file becomes an article and a bad one fails: the first line is the headline, the rest the body.
/// </summary>
internal static class StandInParser
{
    public static ParseResult Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0))
        {
            return ParseFailure.Because("the file is binary, not text");
        }

        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        if (lines.Length < 2 || string.IsNullOrWhiteSpace(lines[0]))
        {
            return new ParseFailure("no headline was found", 1, []);
        }

        return new ParseSuccess(new ParsedArticle(lines[0].Trim(), null, null, 1, true, null, lines[1..], [], [], []));
    }
}
