using Microsoft.EntityFrameworkCore;
using NewsReader.Data.Model;

namespace NewsReader.Data;

public sealed class NewsDbContext(DbContextOptions<NewsDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Photo> Photos => Set<Photo>();

    public DbSet<RelatedList> RelatedLists => Set<RelatedList>();

    public DbSet<Teaser> Teasers => Set<Teaser>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<Place> Places => Set<Place>();

    public DbSet<Photographer> Photographers => Set<Photographer>();

    public DbSet<IngestedFile> IngestedFiles => Set<IngestedFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);
}
