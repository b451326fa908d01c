namespace CoopPortal.Web.Components.Account;

/// <summary>The SMS-code forms, as typed (the national code only on the SMS log-in).</summary>
public sealed class OneTimeCodeInput
{
    public string NationalCode { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;
}
