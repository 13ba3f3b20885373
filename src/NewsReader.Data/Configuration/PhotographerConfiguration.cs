using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Data.Model;

namespace NewsReader.Data.Configuration;

internal sealed class PhotographerConfiguration : IEntityTypeConfiguration<Photographer>
{
    public void Configure(EntityTypeBuilder<Photographer> builder)
    {
        builder.ToTable("Photographers");
        builder.HasIndex(x => x.Slug).IsUnique();
        builder.HasIndex(x => x.Name);
    }
}
