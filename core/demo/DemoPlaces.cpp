// Countries and places of the demo. The places are real towns and regions;
// nothing that happens in them in the demo happened.

#include "demo/DemoCorpus.h"

namespace amparo {
namespace demo {
namespace {

using enum OrgStyle;

constexpr const char* kMX[] = {"Oaxaca de Juárez, Oaxaca", "Ciudad Juárez, Chihuahua",
                               "Tlapa, Guerrero", "San Cristóbal de las Casas, Chiapas",
                               "Monterrey, Nuevo León"};
constexpr const char* kCO[] = {"Medellín, Antioquia", "Cali, Valle del Cauca", "Tumaco, Nariño",
                               "Barrancabermeja, Santander", "Popayán, Cauca"};
constexpr const char* kGT[] = {"Quetzaltenango", "Cobán, Alta Verapaz", "Huehuetenango",
                               "Ciudad de Guatemala"};
constexpr const char* kHN[] = {"Tegucigalpa", "San Pedro Sula", "La Ceiba", "Choluteca"};
constexpr const char* kPE[] = {"Cusco", "Ayacucho", "Puno", "Cajamarca"};
constexpr const char* kVE[] = {"Caracas", "Maracaibo", "Barquisimeto", "Ciudad Guayana"};
constexpr const char* kNI[] = {"Managua", "León", "Masaya", "Matagalpa"};
constexpr const char* kEC[] = {"Quito", "Guayaquil", "Esmeraldas", "Lago Agrio"};
constexpr const char* kBO[] = {"La Paz", "El Alto", "Cochabamba", "Santa Cruz de la Sierra"};
constexpr const char* kBR[] = {"Belém, Pará", "Salvador, Bahia", "Altamira, Pará",
                               "Fortaleza, Ceará", "São Luís, Maranhão"};
constexpr const char* kHT[] = {"Port-au-Prince", "Cap-Haïtien", "Les Cayes", "Gonaïves"};
constexpr const char* kRU[] = {"Kazan", "Yekaterinburg", "Makhachkala", "Nizhny Novgorod"};
constexpr const char* kBY[] = {"Minsk", "Hrodna", "Homel", "Brest"};
constexpr const char* kUA[] = {"Kharkiv", "Odesa", "Dnipro", "Lviv"};
constexpr const char* kKG[] = {"Bishkek", "Osh", "Jalal-Abad", "Karakol"};
constexpr const char* kKZ[] = {"Almaty", "Shymkent", "Aktobe", "Oral"};
constexpr const char* kTR[] = {"Diyarbakır", "İstanbul", "Van", "Ankara", "İzmir"};
constexpr const char* kEG[] = {"Cairo", "Alexandria", "Asyut", "Mansoura"};
constexpr const char* kTN[] = {"Tunis", "Sfax", "Gafsa", "Kasserine"};
constexpr const char* kMA[] = {"Rabat", "Casablanca", "Al Hoceima", "Tangier"};
constexpr const char* kDZ[] = {"Algiers", "Oran", "Constantine", "Tizi Ouzou"};
constexpr const char* kSY[] = {"Aleppo", "Homs", "Idlib", "Damascus"};
constexpr const char* kIQ[] = {"Baghdad", "Basra", "Mosul", "Najaf"};
constexpr const char* kLB[] = {"Beirut", "Tripoli", "Saida"};
constexpr const char* kBH[] = {"Manama", "Sitra", "Muharraq"};
constexpr const char* kYE[] = {"Sana'a", "Aden", "Taiz"};
constexpr const char* kLY[] = {"Tripoli", "Benghazi", "Misrata"};
constexpr const char* kSD[] = {"Khartoum", "El Fasher", "Kassala", "Port Sudan"};
constexpr const char* kIR[] = {"Tehran", "Mashhad", "Zahedan", "Sanandaj", "Ahvaz"};
constexpr const char* kAF[] = {"Kabul", "Herat", "Mazar-i-Sharif"};
constexpr const char* kPH[] = {"Quezon City", "Davao City", "Bacolod, Negros Occidental",
                               "Tacloban", "Cagayan de Oro"};
constexpr const char* kVN[] = {"Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Nghệ An"};
constexpr const char* kMM[] = {"Yangon", "Mandalay", "Sagaing", "Myitkyina"};
constexpr const char* kBD[] = {"Dhaka", "Chattogram", "Sylhet", "Khulna"};
constexpr const char* kLK[] = {"Jaffna", "Batticaloa", "Trincomalee", "Colombo"};
constexpr const char* kIN[] = {"Chennai", "Madurai", "Thoothukudi", "Coimbatore"};
constexpr const char* kKE[] = {"Nairobi", "Mombasa", "Kisumu", "Eldoret"};
constexpr const char* kTZ[] = {"Dar es Salaam", "Arusha", "Mwanza", "Dodoma"};
constexpr const char* kUG[] = {"Kampala", "Gulu", "Mbarara"};
constexpr const char* kCD[] = {"Kinshasa", "Goma", "Bukavu", "Lubumbashi"};
constexpr const char* kBI[] = {"Bujumbura", "Gitega", "Ngozi"};
constexpr const char* kCM[] = {"Yaoundé", "Douala", "Bamenda", "Buea"};
constexpr const char* kSN[] = {"Dakar", "Ziguinchor", "Saint-Louis"};
constexpr const char* kTD[] = {"N'Djamena", "Abéché", "Moundou"};
constexpr const char* kGN[] = {"Conakry", "Nzérékoré", "Kankan"};
constexpr const char* kML[] = {"Bamako", "Mopti", "Gao"};
constexpr const char* kNG[] = {"Lagos", "Abuja", "Port Harcourt", "Kano", "Maiduguri"};

constexpr DemoCountry kCountries[] = {
    {"MX", "es", "Spanish; Mixtec", "52", Spanish, kMX},
    {"CO", "es", "Spanish", "57", Spanish, kCO},
    {"GT", "es", "Spanish; K'iche'", "502", Spanish, kGT},
    {"HN", "es", "Spanish", "504", Spanish, kHN},
    {"PE", "es", "Spanish; Quechua", "51", Spanish, kPE},
    {"VE", "es", "Spanish", "58", Spanish, kVE},
    {"NI", "es", "Spanish", "505", Spanish, kNI},
    {"EC", "es", "Spanish; Kichwa", "593", Spanish, kEC},
    {"BO", "es", "Spanish; Aymara", "591", Spanish, kBO},
    {"BR", "pt", "Portuguese", "55", Portuguese, kBR},
    {"HT", "fr", "Haitian Creole; French", "509", French, kHT},
    {"RU", "ru", "Russian", "7", English, kRU},
    {"BY", "ru", "Belarusian; Russian", "375", English, kBY},
    {"UA", "uk,ru", "Ukrainian; Russian", "380", English, kUA},
    {"KG", "ky,ru", "Kyrgyz; Russian", "996", English, kKG},
    {"KZ", "ky,ru", "Kazakh; Russian", "7", English, kKZ},
    {"TR", "tr", "Turkish; Kurdish", "90", English, kTR},
    {"EG", "ar,ar_latin", "Arabic", "20", English, kEG},
    {"TN", "ar_latin,ar", "Arabic; French", "216", French, kTN},
    {"MA", "ar_latin,ar", "Arabic; Tamazight; French", "212", French, kMA},
    {"DZ", "ar_latin,ar", "Arabic; Tamazight; French", "213", French, kDZ},
    {"SY", "ar", "Arabic; Kurdish", "963", English, kSY},
    {"IQ", "ar", "Arabic; Kurdish", "964", English, kIQ},
    {"LB", "ar,ar_latin", "Arabic; French", "961", French, kLB},
    {"BH", "ar", "Arabic", "973", English, kBH},
    {"YE", "ar", "Arabic", "967", English, kYE},
    {"LY", "ar,ar_latin", "Arabic", "218", English, kLY},
    {"SD", "ar,ar_latin", "Arabic", "249", English, kSD},
    {"IR", "fa", "Persian; Kurdish; Baluchi", "98", English, kIR},
    {"AF", "fa", "Dari; Pashto", "93", English, kAF},
    {"PH", "fil", "Filipino; Cebuano; English", "63", English, kPH},
    {"VN", "vi", "Vietnamese", "84", English, kVN},
    {"MM", "my", "Burmese; Kachin", "95", English, kMM},
    {"BD", "bn", "Bengali", "880", English, kBD},
    {"LK", "ta", "Tamil; Sinhala", "94", English, kLK},
    {"IN", "ta", "Tamil; English", "91", English, kIN},
    {"KE", "sw", "Swahili; English", "254", English, kKE},
    {"TZ", "sw", "Swahili", "255", English, kTZ},
    {"UG", "sw", "Luganda; Acholi; English", "256", English, kUG},
    {"CD", "fr,sw", "French; Lingala; Swahili", "243", French, kCD},
    {"BI", "fr", "Kirundi; French", "257", French, kBI},
    {"CM", "fr", "French; English", "237", French, kCM},
    {"SN", "fr", "Wolof; French", "221", French, kSN},
    {"TD", "fr,ar_latin", "Chadian Arabic; French", "235", French, kTD},
    {"GN", "fr", "Pular; French", "224", French, kGN},
    {"ML", "fr", "Bambara; French", "223", French, kML},
    {"NG", "ng", "Hausa; Yoruba; Igbo; English", "234", English, kNG},
};

} // namespace

std::span<const DemoCountry> demoCountries()
{
    return kCountries;
}

} // namespace demo
} // namespace amparo
