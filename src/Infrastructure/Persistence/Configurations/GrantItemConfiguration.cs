using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class GrantItemConfiguration : IEntityTypeConfiguration<GrantItem>
{
    public void Configure(EntityTypeBuilder<GrantItem> builder)
    {
        builder.HasKey(i => new { i.GrantId, i.DataItemId });
        builder.HasOne<SharingGrant>().WithMany().HasForeignKey(i => i.GrantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DataItem>().WithMany().HasForeignKey(i => i.DataItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
