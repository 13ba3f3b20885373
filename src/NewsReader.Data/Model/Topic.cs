namespace NewsReader.Data.Model;

/// <summary>A subject taken from photo slug lines (<c>Armenia</c>, <c>Azerbaijan</c>), without markers like APTOPIX.</summary>
public sealed class Topic
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public List<Article> Articles { get; set; } = [];
}
