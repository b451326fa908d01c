namespace CoopPortal.Domain.ValueObjects;

/// <summary>The Persian messages shown when a value object refuses its input. One place, so wording stays consistent.</summary>
public static class ValidationMessages
{
    public const string NationalCodeRequired = "کد ملی را وارد کنید.";
    public const string NationalCodeFormat = "کد ملی باید ۱۰ رقم باشد.";
    public const string NationalCodeInvalid = "کد ملی معتبر نیست؛ رقم‌ها را دوباره بررسی کنید.";
    public const string MobileRequired = "شماره تلفن همراه را وارد کنید.";
    public const string MobileInvalid = "شماره تلفن همراه باید با ۰۹ شروع شود و ۱۱ رقم باشد، مانند ۰۹۱۲۳۴۵۶۷۸۹.";
    public const string PostalCodeRequired = "کد پستی را وارد کنید.";
    public const string PostalCodeInvalid = "کد پستی باید ۱۰ رقم باشد، مانند ۱۲۳۴۵-۶۷۸۹۰.";
    public const string CompanyNationalIdRequired = "شناسه ملی را وارد کنید.";
    public const string CompanyNationalIdFormat = "شناسه ملی باید ۱۱ رقم باشد.";
    public const string CompanyNationalIdInvalid = "شناسه ملی معتبر نیست؛ رقم‌ها را دوباره بررسی کنید.";
}
