namespace NewsReader.Data.Model;

/// <summary>A list of teasers an article carried, such as its "Latest Stories".</summary>
public sealed class RelatedList
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    public int Position { get; set; }

    public required string Heading { get; set; }

    public List<Teaser> Teasers { get; set; } = [];
}
