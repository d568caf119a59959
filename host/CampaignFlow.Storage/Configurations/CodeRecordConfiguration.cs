using CampaignFlow.Domain;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignFlow.Storage.Configurations;

/// <summary>Every code/description setup table has the same shape.</summary>
internal sealed class CodeRecordConfiguration :
    IEntityTypeConfiguration<JobResponsibility>,
    IEntityTypeConfiguration<MailingGroup>,
    IEntityTypeConfiguration<IndustryGroup>,
    IEntityTypeConfiguration<BusinessRelation>,
    IEntityTypeConfiguration<Language>,
    IEntityTypeConfiguration<CampaignStatus>,
    IEntityTypeConfiguration<InteractionGroup>
{
    public void Configure(EntityTypeBuilder<JobResponsibility> b) => Shape(b);
    public void Configure(EntityTypeBuilder<MailingGroup> b) => Shape(b);
    public void Configure(EntityTypeBuilder<IndustryGroup> b) => Shape(b);
    public void Configure(EntityTypeBuilder<BusinessRelation> b) => Shape(b);
    public void Configure(EntityTypeBuilder<Language> b) => Shape(b);
    public void Configure(EntityTypeBuilder<CampaignStatus> b) => Shape(b);
    public void Configure(EntityTypeBuilder<InteractionGroup> b) => Shape(b);

    private static void Shape<T>(EntityTypeBuilder<T> b) where T : CodeRecord
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(100);
    }
}
