namespace NewsReader.Data.Model;

public sealed class Photo
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    /// <summary>1-based position in the article's gallery.</summary>
    public int Position { get; set; }

    public int? StatedCount { get; set; }

    public string? SlugLine { get; set; }

    public required string Caption { get; set; }

    public string? Credit { get; set; }

    public int? PhotographerId { get; set; }

    public Photographer? Photographer { get; set; }

    public string? Agency { get; set; }

    public DateOnly? TakenOn { get; set; }

    /// <summary>The image's source as the page referenced it, when the article came from HTML.</summary>
    public string? ImageSource { get; set; }

    /// <summary>File name under the media folder (content-hash named), when an image file is stored.</summary>
    public string? ImageFileName { get; set; }

    public string? ImageContentType { get; set; }

    public int? ImageWidth { get; set; }

    public int? ImageHeight { get; set; }
}
