using MailKit.Security;

namespace CoopPortal.Infrastructure.Notifications;

/// <summary>SMTP settings (section "Smtp"). With no Host, notifications stay in the portal only.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, StartTls, SslOnConnect or Auto.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "سامانه خدمات الکترونیکی تعاون <no-reply@coopportal.ir>";

    public int DispatchIntervalSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
