namespace NewsReader.Data.Model;

/// <summary>A place named in a dateline (<c>MOSCOW</c>).</summary>
public sealed class Place
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public List<Article> Articles { get; set; } = [];
}
