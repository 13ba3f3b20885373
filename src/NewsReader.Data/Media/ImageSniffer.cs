using System.Buffers.Binary;

namespace NewsReader.Data.Media;

/// <summary>What an image file really is, read from its bytes (never its extension), with its pixel size.</summary>
public sealed record ImageInfo(string ContentType, string Extension, int Width, int Height);

/// <summary>Recognises JPEG, PNG, GIF and WebP by their signatures and reads their dimensions from the headers.</summary>
public static class ImageSniffer
{
    /// <summary>The image's type and size, or null when the bytes are not a JPEG, PNG, GIF or WebP image.</summary>
    public static ImageInfo? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 24 && bytes[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Valid("image/png", ".png", BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..]));
        }

        if (bytes.Length >= 10 && (bytes[..6].SequenceEqual("GIF87a"u8) || bytes[..6].SequenceEqual("GIF89a"u8)))
        {
            return Valid("image/gif", ".gif", BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]));
        }

        if (bytes.Length >= 30 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return ReadWebP(bytes);
        }

        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return ReadJpeg(bytes);
        }

        return null;
    }

    private static ImageInfo? ReadWebP(ReadOnlySpan<byte> bytes)
    {
        var chunk = bytes[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            var width = 1 + (bytes[24] | (bytes[25] << 8) | (bytes[26] << 16));
            var height = 1 + (bytes[27] | (bytes[28] << 8) | (bytes[29] << 16));
            return Valid("image/webp", ".webp", width, height);
        }

        if (chunk.SequenceEqual("VP8 "u8))
        {
            return Valid("image/webp", ".webp", BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8) && bytes.Length >= 25)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
            return Valid("image/webp", ".webp", (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        return null;
    }

    private static ImageInfo? ReadJpeg(ReadOnlySpan<byte> bytes)
    {
        // Walk the segments to the first start-of-frame marker, which holds the dimensions.
        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                return null;
            }

            var marker = bytes[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 2)..]);
            var isFrame = marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
            if (isFrame)
            {
                return Valid("image/jpeg", ".jpg", BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 5)..]));
            }

            if (length < 2)
            {
                return null;
            }

            i += 2 + length;
        }

        return null;
    }

    private static ImageInfo? Valid(string contentType, string extension, int width, int height) =>
        width is > 0 and <= 65_535 && height is > 0 and <= 65_535 ? new ImageInfo(contentType, extension, width, height) : null;
}
