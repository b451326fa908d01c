namespace CoopPortal.Application.Administration.Users;

/// <summary>The Persian words of refusals, shared by the implementation and its tests.</summary>
public static class UserAdministrationMessages
{
    public const string ProvinceRequired = "برای کارشناس اداره کل و مدیر امور تعاونی استان، استان را انتخاب کنید.";
    public const string UnknownProvince = "استان انتخاب‌شده وجود ندارد.";
    public const string UnknownCounty = "شهرستان انتخاب‌شده وجود ندارد.";
    public const string CountyNotInProvince = "شهرستان انتخاب‌شده از شهرستان‌های استان اداره کل نیست؛ شهرستانی از همان استان یا «اداره کل استان» را انتخاب کنید.";
    public const string HeadquartersIsNational = "نقش کارشناس ستاد وزارت ملی است و استان و شهرستان ندارد؛ آن را با نقش‌های اداره استان یا شهرستان با هم ندهید.";
    public const string DerivedRole = "نقش‌های مدیر تعاونی و بازرس تعاونی داده نمی‌شوند: از کد ملی اثبات‌شده‌ی کاربر خودبه‌خود می‌آیند.";
    public const string UnknownRole = "نقش انتخاب‌شده شناخته نیست.";
    public const string OwnAdminRole = "نمی‌توانید نقش مدیر سامانه را از حساب خودتان بردارید.";
    public const string SelfLock = "نمی‌توانید حساب خودتان را قفل کنید.";
    public const string ReasonRequired = "دلیل قفل کردن حساب را بنویسید.";
    public const string AlreadyLocked = "این حساب پیش از این قفل شده است.";
    public const string NotLocked = "این حساب قفل نیست.";
    public const string NoAuthenticator = "برای این حساب برنامه احراز هویتی ثبت نشده است.";
    public const string NothingChanged = "تغییری برای ذخیره وجود ندارد.";
}
