namespace NewsReader.Data.Model;

public sealed class Teaser
{
    public int Id { get; set; }

    public int RelatedListId { get; set; }

    public RelatedList RelatedList { get; set; } = null!;

    public int Position { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    /// <summary>Title folded the same way as <see cref="Article.HeadlineKey"/>.</summary>
    public required string TitleKey { get; set; }

    /// <summary>URL segment of the teaser page: /stories/{StorySlug}. Teasers with the same key share it.</summary>
    public required string StorySlug { get; set; }

    /// <summary>The article this teaser leads to, once that article is in the store.</summary>
    public int? TargetArticleId { get; set; }

    public Article? TargetArticle { get; set; }
}
