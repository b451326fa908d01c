namespace CoopPortal.Infrastructure.Seeding;

public sealed record DemoAccount(string Role, string NationalCode, string Email, string Mobile, string FullName, int? ProvinceId);
