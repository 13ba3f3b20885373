using System.Text;
using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Html;

/// <summary>
/// Decodes the bytes of an HTML page. Pages often declare the wrong charset (a page saved as UTF-8 that still
/// says gb2312), so bytes that are valid UTF-8 are read as UTF-8 whatever the page declares.
/// </summary>
public static partial class HtmlCharset
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static HtmlCharset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes <paramref name="bytes"/> and says which encoding was used and whether the declaration was overruled.</summary>
    /// <param name="bytes">The page as saved.</param>
    /// <returns>The text, the encoding's web name, and a warning when the declared charset was wrong or bytes were replaced.</returns>
    public static DecodedHtml Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedHtml(Encoding.UTF8.GetString(bytes[3..]), "utf-8", null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedHtml(Encoding.Unicode.GetString(bytes[2..]), "utf-16", null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedHtml(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16BE", null);
        }

        var declared = DeclaredCharset(bytes);
        if (IsValidUtf8(bytes))
        {
            var text = Encoding.UTF8.GetString(bytes);
            var warning = declared is not null && !IsUtf8Name(declared)
                ? $"The page declares charset {declared} but its bytes are UTF-8; read as UTF-8."
                : null;
            return new DecodedHtml(text, "utf-8", warning);
        }

        if (declared is not null && TryGetEncoding(declared) is { } encoding && !IsUtf8Name(declared))
        {
            return new DecodedHtml(encoding.GetString(bytes), encoding.WebName, null);
        }

        return new DecodedHtml(Encoding.UTF8.GetString(bytes), "utf-8", "The page is not valid UTF-8 and declares no usable charset; invalid bytes were replaced.");
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        // The declaration must sit in the first 1024 bytes (HTML's prescan); Latin-1 maps bytes to chars one to one.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        var match = CharsetDeclaration().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsUtf8Name(string name) => name.Replace("-", string.Empty, StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<name>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CharsetDeclaration();
}

/// <summary>An HTML page decoded to text.</summary>
/// <param name="Text">The page's text.</param>
/// <param name="EncodingName">The encoding used, such as <c>utf-8</c> or <c>gb2312</c>.</param>
/// <param name="Warning">Why the declared charset was not used, or that bytes were replaced; null when all was as declared.</param>
public sealed record DecodedHtml(string Text, string EncodingName, string? Warning);
