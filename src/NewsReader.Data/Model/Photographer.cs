namespace NewsReader.Data.Model;

public sealed class Photographer
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public List<Photo> Photos { get; set; } = [];
}
