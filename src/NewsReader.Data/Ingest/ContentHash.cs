using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsReader.Data.Media;
using NewsReader.Ingestion;

namespace NewsReader.Data.Ingest;

internal static class ContentHash
{
    /// <summary>
    /// SHA-256 over what a reader sees, field by field; diagnostics are left out, so a parser change that
    /// only changes its notes leaves the article "unchanged". Fed incrementally rather than through a JSON
    /// serializer because it runs for every ingested file, and field by field so stored hashes stay valid when
    /// the records change shape; ContentHashTests fails, naming the field, when a record gains one not fed here.
    /// </summary>
    public static string Of(ParsedArticle article) => Of(article, []);

    /// <summary>
    /// The article's hash with its stored images, so a page whose image files changed counts as updated. Images
    /// are fed only when there is one, so an article without images hashes as it always has.
    /// </summary>
    public static string Of(ParsedArticle article, IReadOnlyList<StoredImage?> images)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (images.Any(image => image is not null))
        {
            Add(hash, "images");
            Add(hash, images.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var image in images)
            {
                Add(hash, image?.FileName);
            }
        }

        Add(hash, article.Headline);
        Add(hash, article.Byline);
        Add(hash, article.Dateline?.Text);
        Add(hash, article.Dateline is { } dateline ? string.Join('\u001f', dateline.Places) : null);
        Add(hash, article.Dateline?.Agency);
        Add(hash, article.ReadingTimeMinutes.ToString(CultureInfo.InvariantCulture));
        Add(hash, article.ReadingTimeEstimated ? "estimated" : "stated");
        Add(hash, article.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(hash, article.CanonicalUrl);
        Add(hash, article.SiteName);
        Add(hash, article.Language);
        Add(hash, article.Paragraphs.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var paragraph in article.Paragraphs)
        {
            Add(hash, paragraph);
        }

        Add(hash, article.Photos.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var photo in article.Photos)
        {
            Add(hash, photo.Position.ToString(CultureInfo.InvariantCulture));
            Add(hash, photo.Count?.ToString(CultureInfo.InvariantCulture));
            Add(hash, photo.Slug);
            Add(hash, photo.Caption);
            Add(hash, photo.Credit);
            Add(hash, photo.Photographer);
            Add(hash, photo.Agency);
            Add(hash, photo.TakenOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add(hash, photo.ImageSource);
        }

        Add(hash, article.RelatedLists.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var list in article.RelatedLists)
        {
            Add(hash, list.Heading);
            Add(hash, list.Stories.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var teaser in list.Stories)
            {
                Add(hash, teaser.Title);
                Add(hash, teaser.Summary);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string OfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    // Each field is its length-prefixed UTF-8 (null has its own marker), so no two articles feed the same bytes.
    private static void Add(IncrementalHash hash, string? value)
    {
        if (value is null)
        {
            hash.AppendData([0xFF]);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        var buffer = ArrayPool<byte>.Shared.Rent(length + 4);
        try
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(buffer, length);
            Encoding.UTF8.GetBytes(value, buffer.AsSpan(4));
            hash.AppendData(buffer, 0, length + 4);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
