using System.Text;
using System.Text.Unicode;

namespace NewsReader.Ingestion.Text;

/// <summary>Decoded text, or the reason it could not be decoded, with warnings about replaced bytes.</summary>
internal sealed record DecodedText(string Text, string? Failure, IReadOnlyList<Diagnostic> Warnings);

/// <summary>Turns file bytes into text and tells text, HTML and binary data apart.</summary>
internal static class TextDecoding
{
    private const int SniffChars = 8192;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], Encoding.Unicode);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], Encoding.BigEndianUnicode);
        }

        // Without a BOM, NUL bytes mean binary data (or BOM-less UTF-16, which we do not guess at).
        var sniff = bytes[..Math.Min(bytes.Length, SniffChars)];
        if (sniff.Contains((byte)0))
        {
            return new DecodedText(string.Empty, "the input looks like binary data, not text (it contains NUL bytes)", []);
        }

        return DecodeUtf8(bytes);
    }

    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SniffChars));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v'))
            {
                control++;
            }
        }

        return sample.Length > 0 && control * 10 > sample.Length;
    }

    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.Contains("<html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return head.StartsWith("<", StringComparison.Ordinal)
            && (head.Contains("<head", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (Utf8.IsValid(bytes))
        {
            return new DecodedText(text, null, []);
        }

        return new DecodedText(text, null, [ReplacementWarning(text, "UTF-8")]);
    }

    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        var text = encoding.GetString(bytes);
        var valid = bytes.Length % 2 == 0 && IsValid(strict, bytes);
        return new DecodedText(text, null, valid ? [] : [ReplacementWarning(text, "UTF-16")]);
    }

    private static bool IsValid(Encoding strict, ReadOnlySpan<byte> bytes)
    {
        try
        {
            _ = strict.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Diagnostic ReplacementWarning(string text, string encoding)
    {
        var replaced = 0;
        var firstLine = 0;
        var line = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
            }
            else if (c == '\uFFFD')
            {
                replaced++;
                firstLine = firstLine == 0 ? line : firstLine;
            }
        }

        return new Diagnostic(DiagnosticKind.Warning, firstLine,
            $"{replaced} invalid {encoding} sequence(s) were replaced with U+FFFD (first on line {firstLine})");
    }
}
