using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class DataItemConfiguration : IEntityTypeConfiguration<DataItem>
{
    public void Configure(EntityTypeBuilder<DataItem> builder)
    {
        builder.HasOne<DataResource>().WithMany().HasForeignKey(i => i.ResourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.ResourceId, i.Ordinal }).IsUnique();
        builder.Property(i => i.Name).HasMaxLength(100);
        builder.Property(i => i.DataType).HasMaxLength(40);
    }
}
