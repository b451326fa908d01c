namespace CoopPortal.IntegrationTests.Accounts;

internal static class Services
{
    public static string PersianDigitsOf(string ascii) => Domain.Common.PersianDigits.ToPersian(ascii);
}
