using Commerce.Application.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class ConversationAttachmentConfiguration : IEntityTypeConfiguration<ConversationAttachment>
{
    public void Configure(EntityTypeBuilder<ConversationAttachment> builder)
    {
        builder.ToTable("ConversationAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.PlatformMessageId).HasMaxLength(256).IsRequired();
        builder.Property(a => a.ConversationKey).HasMaxLength(160).IsRequired();
        builder.Property(a => a.Type).HasMaxLength(32).IsRequired();
        builder.Property(a => a.Url).HasMaxLength(2048);
        builder.Property(a => a.MediaId).HasMaxLength(256);
        builder.Property(a => a.ContentType).HasMaxLength(128);
        builder.Property(a => a.Content).HasColumnType("bytea");
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.LastError).HasMaxLength(2000);
        builder.HasIndex(a => new { a.Channel, a.PlatformMessageId, a.Position }).IsUnique();
        builder.HasIndex(a => a.ConversationKey);
        builder.HasIndex(a => a.Status).HasFilter("status = 'Pending'");
    }
}
