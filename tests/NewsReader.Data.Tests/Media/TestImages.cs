using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace NewsReader.Data.Tests.Media;

/// <summary>
/// Real, decodable images made in the test (no image files in the repository), and saved pages that use them.
/// </summary>
internal static class TestImages
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>A truecolour PNG of the given size, one colour throughout, with correct chunk checksums.</summary>
    public static byte[] Png(int width, int height, byte red = 0x80, byte green = 0x40, byte blue = 0x20)
    {
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + (3 * width)];
            for (var x = 0; x < width; x++)
            {
                row[1 + (3 * x)] = red;
                row[2 + (3 * x)] = green;
                row[3 + (3 * x)] = blue;
            }

            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>
    /// A baseline greyscale JPEG of the given size: every 8x8 block is flat mid-grey, so each needs only a
    /// zero DC difference and an end-of-block, one one-bit Huffman code each.
    /// </summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        Segment(jpeg, 0xE0, [.. "JFIF"u8, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(jpeg, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(jpeg, 0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0]);
        Segment(jpeg, 0xC4, [0x00, 1, .. new byte[15], 0x00]); // DC table: symbol 0 (no difference) is code "0"
        Segment(jpeg, 0xC4, [0x10, 1, .. new byte[15], 0x00]); // AC table: symbol 0 (end of block) is code "0"
        Segment(jpeg, 0xDA, [1, 1, 0x00, 0, 63, 0]);
        var blocks = ((width + 7) / 8) * ((height + 7) / 8);
        var bits = blocks * 2;
        var scan = new byte[(bits + 7) / 8];
        if (bits % 8 != 0)
        {
            scan[^1] = (byte)((1 << (8 - (bits % 8))) - 1); // padding is one-bits
        }

        jpeg.Write(scan);
        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    /// <summary>The name the media folder gives these bytes: their SHA-256 and the real type's extension.</summary>
    public static string HashName(byte[] bytes, string extension) => Convert.ToHexStringLower(SHA256.HashData(bytes)) + extension;

    /// <summary>
    /// Writes NAME.html with one figure per image source and an article body long enough to parse, as a
    /// browser's "Save page as, complete" would leave it beside NAME_files/.
    /// </summary>
    public static string WritePage(string folder, string name, string headline, params string[] imageSources)
    {
        Directory.CreateDirectory(folder);
        var html = new StringBuilder();
        html.Append(CultureInfoInvariant($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{headline} - Example News</title>
            <link rel="canonical" href="https://news.example/{name}">
            <meta property="og:site_name" content="Example News"></head>
            <body><article>
            <h1>{headline}</h1>
            <p class="byline">By Jane Doe</p>

            """));
        for (var i = 0; i < imageSources.Length; i++)
        {
            html.Append(CultureInfoInvariant($"""<figure><img src="{imageSources[i]}" alt=""><figcaption>Harbour scene number {i + 1} on Friday. (AP Photo/John Smith)</figcaption></figure>""")).Append('\n');
        }

        html.Append("""
            <p>PORTVILLE (AP) — The harbour reopened on Friday after a storm closed it for three days, port officials said, and the first fishing boats were back at their moorings by noon.</p>
            <p>Crews worked through the night to clear fallen trees and debris from the quays, and the harbour master said the channel had been surveyed and was safe for traffic again.</p>
            <p>Fishermen who had waited out the storm on shore said they were relieved to be back at sea, though several boats had been damaged and would need repairs before the weekend.</p>
            <p>The port handles most of the region's freight and officials estimated that the closure had delayed more than forty ships, some of which had anchored offshore to wait.</p>
            </article></body></html>
            """);
        var path = Path.Combine(folder, name + ".html");
        File.WriteAllText(path, html.ToString());
        return path;
    }

    /// <summary>Writes files into a folder (created if need be) and returns the folder.</summary>
    public static string WriteFolder(string folder, params (string Name, byte[] Bytes)[] files)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        return folder;
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static void Segment(Stream jpeg, byte marker, byte[] payload)
    {
        jpeg.Write([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
        jpeg.Write(payload);
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        png.Write(typeBytes);
        png.Write(data);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. typeBytes, .. data]));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
