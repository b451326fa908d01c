namespace CoopPortal.Application.Accounts;

/// <summary>A validated, normalized registration: what is stored.</summary>
public sealed record NewCitizen(string FullName, string NationalCode, string Mobile, string Email);
