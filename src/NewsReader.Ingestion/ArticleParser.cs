using NewsReader.Ingestion.Html;
using NewsReader.Ingestion.Text;

namespace NewsReader.Ingestion;

/// <summary>
/// The library's entry point: bytes or text of a news page in, a <see cref="ParseResult"/> out. Decodes
/// bytes, rejects what is not a page, and hands HTML and text dumps to their parsers.
/// </summary>
public static class ArticleParser
{
    /// <summary>The largest input accepted, in bytes.</summary>
    public const int MaxInputBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Parses the bytes of a file: decodes them (UTF-8 with or without BOM, UTF-16 with BOM; HTML pages by their
    /// bytes and declared charset) and parses the text.
    /// </summary>
    public static ParseResult Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxInputBytes)
        {
            return ParseFailure.Because(
                $"the input is {bytes.Length / (1024.0 * 1024.0):0.0} MB; the limit is {MaxInputBytes / (1024 * 1024)} MB");
        }

        var decoded = TextDecoding.Decode(bytes);
        if (decoded.Failure is { } failure)
        {
            return ParseFailure.Because(failure);
        }

        // HTML carries its own charset declaration, often wrong: the HTML decoder weighs it against the bytes.
        if (TextDecoding.LooksLikeHtml(decoded.Text))
        {
            var html = HtmlCharset.Decode(bytes);
            return WithWarnings(
                ParseText(html.Text),
                html.Warning is null ? [] : [new Diagnostic(DiagnosticKind.Warning, 0, html.Warning)]);
        }

        return WithWarnings(ParseText(decoded.Text), decoded.Warnings);
    }

    /// <summary>Parses already decoded text: an HTML page or a text dump.</summary>
    public static ParseResult ParseText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxInputBytes)
        {
            return ParseFailure.Because($"the input has {text.Length:N0} characters; the limit is {MaxInputBytes:N0}");
        }

        if (TextDecoding.LooksBinary(text))
        {
            return ParseFailure.Because("the input looks like binary data, not text");
        }

        return TextDecoding.LooksLikeHtml(text) ? ParseHtml(text) : TextDumpParser.Parse(text);
    }

    private static ParseResult ParseHtml(string html) => HtmlArticleParser.Parse(html);

    private static ParseResult WithWarnings(ParseResult result, IReadOnlyList<Diagnostic> warnings) =>
        warnings.Count == 0
            ? result
            : result switch
            {
                ParseSuccess success => success with
                {
                    Article = success.Article with { Diagnostics = [.. warnings, .. success.Article.Diagnostics] },
                },
                ParseFailure failed => failed with { Diagnostics = [.. warnings, .. failed.Diagnostics] },
                _ => result,
            };
}

