// Fictional names. Given and family names are common ones, combined at
// random; combinations that would name a well-known person were left out
// of the lists on purpose.

#include "demo/DemoCorpus.h"

#include <cstring>

namespace amparo {
namespace demo {
namespace {

constexpr const char* kEsFemale[] = {
    "María José", "Lucía", "Guadalupe", "Rosa Elena", "Carmen", "Ximena", "Yesenia", "Marisol",
    "Inés",       "Paola", "Dolores",   "Ana Belén",  "Begoña", "Nayeli", "Sofía",   "Itzel"};
constexpr const char* kEsMale[] = {"José Luis", "Juan Pablo", "Andrés", "Ramón",  "Jesús",
                                   "Héctor",    "Joaquín",    "Iván",   "Rubén",  "Fabián",
                                   "Óscar",     "Nicolás",    "Efraín", "Wilmer", "Tomás"};
constexpr const char* kEsFamily[] = {
    "García",  "Hernández", "Martínez", "López",   "González",  "Pérez",  "Rodríguez",
    "Sánchez", "Ramírez",   "Cruz",     "Flores",  "Gómez",     "Díaz",   "Reyes",
    "Morales", "Jiménez",   "Álvarez",  "Vásquez", "Castañeda", "Ibáñez", "Muñoz",
    "Quispe",  "Mamani",    "Huamán",   "Chávez",  "Ordóñez",   "Peña",   "Xol"};

constexpr const char* kPtFemale[] = {"Ana Clara", "Luíza",   "Conceição", "Fernanda",
                                     "Tainá",     "Jéssica", "Raíssa",    "Letícia",
                                     "Gabriela",  "Iara",    "Antônia",   "Maria das Graças"};
constexpr const char* kPtMale[] = {"João",   "Luís Antônio", "Sebastião", "Thiago",
                                   "Márcio", "Raimundo",     "Caio",      "Wellington",
                                   "Cícero", "André",        "Josué",     "Edvaldo"};
constexpr const char* kPtFamily[] = {"Silva",      "Santos",    "Oliveira",      "Souza",
                                     "Araújo",     "Magalhães", "Gonçalves",     "Ribeiro",
                                     "Nascimento", "Guimarães", "Falcão",        "Assunção",
                                     "Brandão",    "Conceição", "Guajajara Lima"};

constexpr const char* kFrFemale[] = {"Marie-Claire", "Espérance", "Aminata",   "Clémentine",
                                     "Joséphine",    "Bénédicte", "Fatoumata", "Chantal",
                                     "Désirée",      "Aïssatou",  "Régine",    "Nadège"};
constexpr const char* kFrMale[] = {"Jean-Baptiste", "Emmanuel", "Désiré",   "Mamadou",
                                   "Célestin",      "Théodore", "Innocent", "Ousmane",
                                   "Aimé",          "Gérard",   "Évariste", "Wilner"};
constexpr const char* kFrFamily[] = {
    "Kasongo",      "Mwamba",     "Tshibangu", "Ndikumana", "Niyonzima", "Diallo", "Ndiaye",
    "Traoré",       "Coulibaly",  "Sow",       "Mbarga",    "Essomba",   "Fotso",  "Kamga",
    "Pierre-Louis", "Dorsainvil", "Ilunga",    "Mahamat",   "Bah",       "Keïta"};

constexpr const char* kTrFemale[] = {"Ayşe",  "Gülşen", "Şükran", "Özlem", "Çiğdem", "Zeynep",
                                     "Hülya", "Nurcan", "Gözde",  "Ebru",  "Rojda",  "Berfin"};
constexpr const char* kTrMale[] = {"Mehmet", "Hüseyin", "Ömer",   "Barış", "Kadir",   "Uğur",
                                   "Çağlar", "İsmail",  "Serhat", "Rezan", "Dilovan", "Mahir"};
constexpr const char* kTrFamily[] = {"Yılmaz", "Kaya",    "Demir",  "Şahin", "Çelik", "Öztürk",
                                     "Aydın",  "Özdemir", "Arslan", "Doğan", "Kılıç", "Güneş",
                                     "Yıldız", "Aksoy",   "Çetin",  "Ekinci"};

constexpr const char* kViFemale[] = {"Thị Lan",   "Thị Hồng", "Thị Mai Anh", "Ngọc Hà",
                                     "Thu Trang", "Thị Thuỷ", "Bích Ngọc",   "Thị Hương"};
constexpr const char* kViMale[] = {"Văn Minh",  "Đức Anh",    "Quốc Bảo", "Văn Hùng",
                                   "Hữu Phước", "Công Thành", "Tấn Lộc",  "Văn Khải"};
constexpr const char* kViFamily[] = {"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng", "Huỳnh", "Phan",
                                     "Vũ",     "Đặng", "Bùi", "Đỗ",   "Hồ",    "Ngô"};

constexpr const char* kRuFemale[] = {"Анна",     "Екатерина", "Ольга",   "Наталья", "Ирина",
                                     "Светлана", "Юлия",      "Татьяна", "Мария",   "Дарья"};
constexpr const char* kRuMale[] = {"Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил",
                                   "Иван",    "Николай", "Павел",  "Олег",   "Григорий"};
constexpr const char* kRuFamily[] = {"Смирнов", "Кузнецов", "Попов",  "Соколов",
                                     "Лебедев", "Морозов",  "Волков", "Козлов",
                                     "Новиков", "Фёдоров",  "Зайцев", "Белов"};

constexpr const char* kUkFemale[] = {"Оксана", "Олена", "Ганна", "Ірина",   "Наталія",
                                     "Галина", "Марія", "Софія", "Людмила", "Тетяна"};
constexpr const char* kUkMale[] = {"Олександр", "Тарас",  "Богдан", "Микола", "Василь",
                                   "Юрій",      "Андрій", "Остап",  "Петро",  "Ігор"};
constexpr const char* kUkFamily[] = {"Бондаренко", "Ковальчук", "Ткаченко", "Кравченко", "Мельник",
                                     "Олійник",    "Коваленко", "Савчук",   "Гнатюк",    "Бойко",
                                     "Поліщук",    "Лисенко",   "Павленко", "Климчук"};

constexpr const char* kKyFemale[] = {"Айгерим", "Жылдыз", "Нургуль", "Айпери",
                                     "Чолпон",  "Бермет", "Гулнара", "Асель"};
constexpr const char* kKyMale[] = {"Азамат", "Нурлан", "Бакыт", "Эрлан",
                                   "Улан",   "Талант", "Марат", "Айбек"};
constexpr const char* kKyFamily[] = {"Токтосунов", "Абдыкеримов", "Жумабаев",  "Садыков",
                                     "Мамытов",    "Осмонов",     "Турдубаев", "Бекмуратов",
                                     "Касымов",    "Сыдыков"};

constexpr const char* kArFemale[] = {"فاطمة", "مريم", "زينب", "نور", "ليلى",
                                     "هدى",   "سلمى", "رنا",  "أمل", "خديجة"};
constexpr const char* kArMale[] = {"محمد", "أحمد", "يوسف", "علي",     "عمر",
                                   "خالد", "حسن",  "سامي", "إبراهيم", "طارق"};
constexpr const char* kArFamily[] = {"الحسيني", "العلي",    "المصري", "الخطيب", "الحلبي", "النجار",
                                     "الشامي",  "البغدادي", "العمري", "الزين",  "حداد",   "منصور"};

constexpr const char* kArLatinFemale[] = {"Khadija", "Nour El Houda", "Amina", "Samira",
                                          "Leïla",   "Yasmine",       "Rim",   "Salma",
                                          "Hajar",   "Imane",         "Asmaa", "Houda"};
constexpr const char* kArLatinMale[] = {"Youssef", "Mohamed Amine", "Karim",  "Hamza",
                                        "Walid",   "Ayoub",         "Slim",   "Mehdi",
                                        "Nabil",   "Sofiane",       "Anouar", "Bilal"};
constexpr const char* kArLatinFamily[] = {
    "Ben Salah", "Trabelsi", "El Amrani", "Gharbi", "Jlassi",  "Haddad", "Chaouch", "Mansouri",
    "Belkacem",  "Zouari",   "Bennani",   "Tazi",   "Chraibi", "Hamdi",  "Saidi",   "Bouzid"};

constexpr const char* kFaFemale[] = {"زهرا",  "شیرین",  "پریسا", "سپیده", "لیلا",
                                     "آزاده", "نیلوفر", "مینا",  "هانیه", "ترانه"};
constexpr const char* kFaMale[] = {"علی",  "رضا",   "حسین", "امیر", "مهدی",
                                   "سعید", "بهنام", "کاوه", "آرش",  "پویا"};
constexpr const char* kFaFamily[] = {"احمدی", "رضایی", "کریمی",  "جعفری",  "رحیمی",  "صادقی",
                                     "قاسمی", "نوری",  "تهرانی", "یزدانی", "فرهادی", "اکبری"};

constexpr const char* kFilFemale[] = {"Maricel", "Rowena", "Luzviminda", "Jocelyn",  "Analyn",
                                      "Rosario", "Mylene", "Divina",     "Teresita", "Liezl"};
constexpr const char* kFilMale[] = {"Rodel",   "Arnel", "Ramil",  "Efren",  "Danilo",
                                    "Rogelio", "Jomar", "Nestor", "Bayani", "Jericho"};
constexpr const char* kFilFamily[] = {
    "Dela Cruz",    "Santos",   "Reyes",     "Bautista", "Villanueva", "Mendoza", "Manalo",
    "Dimaculangan", "Macaraeg", "Tolentino", "Soriano",  "Agbayani",   "Lumbao",  "Catapang"};

constexpr const char* kSwFemale[] = {"Amani",   "Wanjiru", "Achieng", "Neema",  "Zawadi",
                                     "Nyokabi", "Auma",    "Rehema",  "Halima", "Mwanaisha"};
constexpr const char* kSwMale[] = {"Baraka", "Kamau",   "Otieno", "Juma",    "Mwangi",
                                   "Omondi", "Kiprono", "Hamisi", "Onyango", "Salim"};
constexpr const char* kSwFamily[] = {"Mwangi", "Odhiambo", "Wanjiku",  "Njoroge", "Mutua",
                                     "Kiprop", "Okello",   "Nyambura", "Chege",   "Ochieng",
                                     "Wekesa", "Mushi",    "Massawe",  "Akinyi"};

constexpr const char* kTaFemale[] = {"Kavitha",  "Thenmozhi", "Malathi",  "Vasuki",
                                     "Tharsini", "Priyanka",  "Jeyanthi", "Selvi"};
constexpr const char* kTaMale[] = {"Sivakumar",    "Ragunathan", "Kandasamy", "Senthil",
                                   "Tharmalingam", "Jeyakumar",  "Murugan",   "Kumaran"};
constexpr const char* kTaFamily[] = {"Selvarajah", "Ponnambalam", "Kanagaratnam",
                                     "Arumugam",   "Sivanesan",   "Rasiah",
                                     "Nadarajah",  "Yogarajah",   "Thirunavukkarasu"};

constexpr const char* kMyFemale[] = {"Thida",   "Hnin Wai", "Khin Myo",
                                     "Ei Phyu", "Nandar",   "Su Mon"};
constexpr const char* kMyMale[] = {"Kyaw Zin", "Min Thu",  "Zaw Lin",
                                   "Htet",     "Ye Naing", "Thant Zin"};
constexpr const char* kMyFamily[] = {"Oo", "Htun", "Naing", "Win", "Myint", "Lwin", "Soe", "Aye"};

constexpr const char* kBnFemale[] = {"Rokeya", "Farzana", "Sharmin", "Moushumi",
                                     "Rehana", "Nusrat",  "Shirin",  "Jharna"};
constexpr const char* kBnMale[] = {"Rafiqul",  "Mizanur", "Abdul Karim", "Tanvir",
                                   "Jahangir", "Habibur", "Sohel",       "Anisur"};
constexpr const char* kBnFamily[] = {"Islam", "Rahman",    "Hossain", "Akter",
                                     "Uddin", "Chowdhury", "Sarkar",  "Talukder"};

constexpr const char* kNgFemale[] = {"Ngozi",  "Aisha",  "Funmilayo", "Chiamaka",
                                     "Zainab", "Bukola", "Hauwa",     "Adaeze"};
constexpr const char* kNgMale[] = {"Chinedu", "Ibrahim", "Oluwaseun", "Emeka",
                                   "Musa",    "Tunde",   "Aliyu",     "Ikechukwu"};
constexpr const char* kNgFamily[] = {"Okafor",  "Adeyemi", "Bello",    "Eze",   "Abubakar",
                                     "Okonkwo", "Adebayo", "Ogunleye", "Nwosu", "Danjuma"};

constexpr NameCulture kCultures[] = {
    {"es", kEsFemale, kEsMale, kEsFamily, false, true, false},
    {"pt", kPtFemale, kPtMale, kPtFamily},
    {"fr", kFrFemale, kFrMale, kFrFamily},
    {"tr", kTrFemale, kTrMale, kTrFamily},
    {"vi", kViFemale, kViMale, kViFamily, true},
    {"ru", kRuFemale, kRuMale, kRuFamily, false, false, true},
    {"uk", kUkFemale, kUkMale, kUkFamily, false, false, true},
    {"ky", kKyFemale, kKyMale, kKyFamily, false, false, true},
    {"ar", kArFemale, kArMale, kArFamily},
    {"ar_latin", kArLatinFemale, kArLatinMale, kArLatinFamily},
    {"fa", kFaFemale, kFaMale, kFaFamily},
    {"fil", kFilFemale, kFilMale, kFilFamily},
    {"sw", kSwFemale, kSwMale, kSwFamily},
    {"ta", kTaFemale, kTaMale, kTaFamily},
    {"my", kMyFemale, kMyMale, kMyFamily},
    {"bn", kBnFemale, kBnMale, kBnFamily},
    {"ng", kNgFemale, kNgMale, kNgFamily},
};

} // namespace

const NameCulture& nameCulture(const char* key)
{
    for (const NameCulture& culture : kCultures) {
        if (std::strcmp(culture.key, key) == 0)
            return culture;
    }
    return kCultures[0];
}

} // namespace demo
} // namespace amparo
