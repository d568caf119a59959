using CampaignFlow.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignFlow.Storage.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(50).IsRequired();
        b.Property(x => x.Role).HasMaxLength(20).IsRequired();
        b.Property(x => x.Salt).HasMaxLength(64).IsRequired();
        b.Property(x => x.Hash).HasMaxLength(32).IsRequired();
        b.Ignore(x => x.Active);
    }
}
