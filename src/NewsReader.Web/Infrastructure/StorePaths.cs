namespace NewsReader.Web.Infrastructure;

/// <summary>Where the database and stored images live, resolved against the content root.</summary>
public sealed record StorePaths(string DatabasePath, string MediaPath)
{
    public static StorePaths From(IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection(SiteOptions.Section);
        var dataDirectory = Path.GetFullPath(section["DataDirectory"] ?? "data", contentRoot);
        var database = section["DatabasePath"] is { Length: > 0 } db ? Path.GetFullPath(db, contentRoot) : Path.Combine(dataDirectory, "newsreader.db");
        var media = section["MediaPath"] is { Length: > 0 } m ? Path.GetFullPath(m, contentRoot) : Path.Combine(dataDirectory, "media");
        return new StorePaths(database, media);
    }
}
