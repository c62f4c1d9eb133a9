## tegenprestatie-check language pack
## version: 0.1.0-bf63b6cb
## lang: tr


other-lang-button = Nederlands
app-title = Tegenprestatie kontrolü
intro-1 = Sosyal yardım ödeneği (bijstandsuitkering) alıyorsanız, belediye sizden başkalarına yararlı, ücretsiz bir iş yapmanızı isteyebilir. Buna karşılık hizmet (tegenprestatie) denir.
intro-2 = Bu kontrolle, karşılık hizmetin (tegenprestatie) sizin için geçerli olup olmadığını, kaç saat ve ne kadar süre olduğunu görürsünüz. Birkaç soruyu yanıtlarsınız. Bu yaklaşık 3 dakika sürer.
step-of = Yaklaşık { $total } sorudan { $n }. soru
next = İleri
back = Geri
to-result = Sonucu gör
clear = Yanıtlarımı sil
cleared = Yanıtlarınız silindi.
what-does-this-mean = Bu ne demek?
yes = Evet
no = Hayır
unknown = Bilmiyorum
error-summary-title = Bir yer doğru doldurulmadı
error-prefix = Hata:
search-label = Belediyenizi arayın
search-hint = Belediyenizin adını yazın, örneğin Den Haag veya Súdwest-Fryslân. Adın bir kısmı yeterlidir.
search-more =
    { $n ->
        [one] Bu harflerle 1 belediye daha var. Daha fazla harf yazın.
       *[other] Bu harflerle { $n } belediye daha var. Daha fazla harf yazın.
    }
no-ordinance-meta = Yalnızca yasadaki kurallar
via-common = Diğer adı: { $name }
via-former = { $former } artık bu belediyeye bağlı
found =
    { $n ->
        [one] 1 belediye bulundu
       *[other] { $n } belediye bulundu
    }
none-found = Hiç belediye bulunamadı.
ordinance-label = { $year } tarihli kurallar
merged-note = Dikkat: { $note }
review-title = Yanıtlarınızı kontrol edin
review-intro = Her şey doğru mu? O zaman bundan sonra sonucu görürsünüz.
change = Değiştir
not-answered = Sorulmadı
result-title = Sonuç
result-for = { $name }, { $date }
college-decides-intro = Belediye durumunuza bakar. Kaynaklarımız bundan sonra ne olacağını söylemiyor. Belediye şunlara karar verir:
if-it-holds = Belediye bu kuralın geçerli olduğunu düşünürse
if-it-does-not = Belediye bu kuralın geçerli olmadığını düşünürse
see-next = { $n }. soruya bakın.
no-maximum = Belediyeniz saat için bir üst sınır belirtmiyor. Ama şu geçerlidir: haftada 32 saat veya daha fazlasına asla izin verilmez. Bunu mahkeme söyledi.
no-maximum-short = Üst sınır yok, ama haftada 32 saat veya daha fazlasına asla izin verilmez.
rules-from = Kurallar { $from } tarihinden itibaren{ $to } geçerli. Kurallar değişmiş olabilir: belediyenize sorun.
why-title = Neden? Ve kaynaklar
rules-title = Geçerli kurallar
next-steps-sources = Açıklamaların kaynağı
sources-title = Kaynaklar
next-steps-title = Şimdi ne yapabilirsiniz?
practice-title = Uygulamada nasıl oluyor
practice-label = Uygulama, kural değil
version-label = Sürüm
in-force-label = Geçerlilik başlangıcı
detail-label = Kaynak ne kadar eksiksiz?
print = Bu sonucu yazdır
share-label = Yanıtlarınızla birlikte bu kontrolün bağlantısı
share = Bağlantıyı kopyala
share-done = Bağlantı kopyalandı. Yanıtlarınız bağlantının içinde. Bağlantıyı yalnızca güvendiğiniz kişilerle paylaşın.
share-failed = Kopyalanamadı. Bağlantı seçildi: kendiniz kopyalayın.
share-hint = Bağlantıda yanıtlarınız var. Yanıtlarınız bir sunucuya gitmez.
change-answers = Yanıtlarınızı değiştirin
privacy = Biz hiçbir şey göndermiyoruz. Yanıtlarınız yalnızca bu sekmede ve bu sayfanın adresinde durur (bu sayede Geri düğmesi çalışır). Sekmeyi kapatırsanız yanıtlarınız kaybolur.
privacy-embedded = Biz hiçbir şey göndermiyoruz, bu web sitesine de göndermiyoruz. Yanıtlarınız bu sayfada kalır. Sayfayı kapatırsanız yanıtlarınız kaybolur.
ordinance-unreachable = Bu kontrol belediyenin kurallarını şu anda yükleyemiyor. Daha sonra tekrar deneyin veya belediyeye sorun.
ordinance-invalid = Belediyenin kuralları bu kontrolde doğru şekilde kayıtlı değil. Bu yüzden kontrol yanıt vermiyor. Belediyeye sorun.
municipality-unknown = Bu kontrol, bu web sitesinde ayarlanan belediyeyi tanımıyor. Belediyeye sorun.
for-caseworkers = Danışmanlar (klantmanager) için: bütün soruların tek ekranda olduğu ilk görüşme formu (intake)
for-municipalities = Belediyeler için: yönetmeliğinizi (verordening) yazın ve test edin
remember = Yanıtlarımı bu cihazda hatırla
remember-hint = O zaman kontrolü daha sonra açtığınızda yanıtlarınızı yeniden görürsünüz. Bunu başkalarıyla paylaştığınız bir bilgisayarda yapmayın.
no-match-next = Adında ‘{ $query }’ geçen bir belediye bulamıyoruz. Köyünüzün, şehrinizin veya mahallenizin değil, belediyenizin adını yazın. Adından emin değil misiniz? Belediyeden ödeneğiniz (uitkering) hakkında gelen bir mektuba bakın.
merged-warning = { $name }: { $note } Biz yalnızca { $name } belediyesinin eski kurallarını biliyoruz. Şimdi hangi kuralların geçerli olduğunu belediyenize sorun.
merged-warning-no-rules = { $name }: { $note } Şimdi orada mı oturuyorsunuz? O zaman şu anda oturduğunuz belediyeyi seçin.
hours-unit = saat (haftada)
months-unit = ay
years-unit = yıl

language-label = Dil
language-loading = Dil yükleniyor …
read-aloud = Sesli oku
read-aloud-stop = Sesli okumayı durdur

bounds-decimal = ,
bounds-separator = { ", " }
bounds-from-to = { $min } ila { $max }
bounds-at-least = en az { $n }
bounds-at-most = en fazla { $n }
bounds-average = ortalama { $n }
bounds-hours-a-week =
    { $n ->
        [one] saat (haftada)
       *[other] saat (haftada)
    }
bounds-months =
    { $n ->
        [one] ay
       *[other] ay
    }
bounds-weeks =
    { $n ->
        [one] hafta
       *[other] hafta
    }
bounds-total-hours =
    { $n ->
        [one] saat toplamda
       *[other] saat toplamda
    }
bounds-per-year = (yılda)
bounds-times = { $n } kez
bounds-or-less = ya da bunu yapamıyorsanız daha az
bounds-no-end = bitiş tarihi olmadan
bounds-according-to-ability = yapabildiğiniz kadar

citation-artikel = madde
citation-lid = fıkra
citation-onderdeel = bent
citation-no-article = { "" }

status-not-applicable = Karşılık hizmet (tegenprestatie) yapmanız gerekmiyor
    .lead = Karşılık hizmet yapma yükümlülüğü sizin için geçerli değil.
    .next = Hiçbir şey yapmanız gerekmiyor. Durumunuz değişirse kontrolü yeniden yapın.
status-exempt = Karşılık hizmet (tegenprestatie) yapmanız gerekmiyor
    .lead = Yükümlülük geçerli, ama siz bundan muafsınız.
    .next = Neden muaf olduğunuzu danışmanınıza (klantmanager) söyleyin. Durumunuz değişirse kontrolü yeniden yapın.
status-fulfilled = Zaten yaptığınız şey karşılık hizmet (tegenprestatie) sayılır
    .lead = Bunu yapmaya devam ettiğiniz sürece fazladan bir şey yapmanız gerekmez.
    .next = Zaten yaptığınız şeyi danışmanınıza (klantmanager) söyleyin ve bunu yapmaya devam edin.
status-obligated = Belediye sizden karşılık hizmet (tegenprestatie) isteyebilir
    .lead = Bu, başkalarına yararlı olan ücretsiz bir iştir.
    .next = Belediye karşılık hizmeti önce sizinle konuşur. Bu sonucu görüşmeye yanınızda götürün.
status-discretionary = Bu, belediyenin görüşüne bağlı
    .lead = Belediye buna her kişi için ayrı karar verebilir. Her yanıttan şu sonuç çıkar:
    .next = Belediyenin görüşünü danışmanınıza (klantmanager) sorun. Bu sonucu yanınızda götürün. Daha sonra size bir karar bildirilir.
status-ordinance-unknown = Belediyenin sizden karşılık hizmet (tegenprestatie) isteme hakkı var
    .lead = Yasa buna izin veriyor. Ama belediyenizin bunu isteyip istemediği ve ne kadar istediği, belediyenizin kurallarında yazar. Bu kontrolde bu kurallar yok.
    .next = Belediyenizin kurallarının ne dediğini danışmanınıza (klantmanager) sorun. Bu sonucu yanınızda götürün.

question-gemeente = Hangi belediyede oturuyorsunuz?
    .hint = Her belediyenin karşılık hizmet (tegenprestatie) için kendi kuralları vardır.
    .help = Karşılık hizmet (tegenprestatie), başkalarına yararlı olan ücretsiz bir iştir. Ödenek (uitkering) alıyorsanız belediye bunu sizden isteyebilir. Örneğin bir mahalle evinde yardım etmek veya biri için alışveriş yapmak. Bu iş, ücretli bir işin yerine geçmemelidir.
question-leeftijd = Kaç yaşındasınız?
    .hint = Yaşınızı tam yıl olarak yazın.
question-aow = Devlet emekli aylığı (AOW) yaşına ulaştınız mı?
    .hint = Bu yaş genellikle 67'dir. Bazı kişiler için farklıdır.
    .help = AOW, devletin verdiği emekli aylığıdır. AOW yaşından itibaren karşılık hizmet (tegenprestatie) artık geçerli değildir.
question-uitkering = Hangi ödeneği (uitkering) alıyorsunuz?
    .help = Sosyal yardım (bijstand), Participatiewet'e göre verilen ödenektir (uitkering). IOAW ve IOAZ, daha yaşlı veya kısmen çalışamaz durumdaki işsizler ve eski serbest çalışanlar için ödeneklerdir. Özel sosyal yardım (bijzondere bijstand), özel masraflar için verilen paradır.
question-arbeidsongeschikt = Tamamen ve kalıcı olarak çalışamaz durumda mısınız?
    .hint = Bu şu demek: şimdi ve daha sonra hiç çalışamazsınız ve bu resmî olarak belirlenmiştir.
    .help = Bu, Wet WIA'nın 4. maddesiyle ilgilidir: tamamen ve kalıcı olarak çalışamaz durumda olmak. Emin değil misiniz? O zaman 'Hayır' yanıtını seçin ve belediyeye sorun.
question-alleenstaande-ouder = Tek ebeveyn olarak çalışma yükümlülüğünden muaf mısınız?
    .hint = 5 yaşından küçük bir çocuğa tek başınıza bakıyorsanız bu mümkündür.
    .help = Muaf olmak şu demek: belediye, şu anda çalışmanız gerekmediğine karar verdi. Bu konuda size bir mektup geldi. Bu mektupta bazen muafiyet (ontheffing) kelimesi geçer.
question-mantelzorg = Yakın bakımı (mantelzorg) veriyor musunuz?
    .help = Yakın bakımı (mantelzorg), tanıdığınız birine verdiğiniz bakımdır; örneğin anne veya babanıza, partnerinize, çocuğunuza veya komşunuza. Bunu meslek olarak yapmazsınız. Bu bakım, bir ailedeki normal yardımdan daha fazlasıdır.
question-mantelzorg-uren = Ne kadar yakın bakımı (mantelzorg) veriyorsunuz?
    .hint = Tahmini bir sayı yeterlidir.
question-mantelzorg-nodig = Belediye, verdiğiniz yakın bakımının (mantelzorg) gerçekten gerekli olduğunu söyledi mi?
    .hint = Buna siz değil, belediye karar verir. Belediye bu konuda henüz bir şey söylemedi mi? O zaman 'Bilmiyorum' yanıtını seçin.
    .help = Bakım, bir ailedeki normal yardımdan daha fazlaysa ve başka bir şekilde düzenlenemiyorsa, yakın bakımı (mantelzorg) gerçekten gereklidir.
question-vrijwilligerswerk = Gönüllü çalışma yapıyor musunuz?
    .help = Gönüllü çalışma; bir kulüp, dernek veya kuruluş için ya da mahallenizdeki insanlar için yapılan ücretsiz iştir.
question-vrijwilligerswerk-uren = Ne kadar gönüllü çalışma yapıyorsunuz?
    .hint = Tahmini bir sayı yeterlidir.
question-respijtzorg = Gönüllü olarak, yakın bakımı veren birinin (mantelzorger) bakım işini üstleniyor musunuz?
    .help = Bu durumda bir süre birine siz bakarsınız, böylece o kişiye düzenli olarak yakın bakımı veren kişi (mantelzorger) biraz dinlenebilir. Buna respijtzorg da denir.
question-uitkering-duur = Ne kadar zamandır ödenek (uitkering) alıyorsunuz?
    .hint = Ay sayısını yazın. Bir yıl 12 aydır.
question-re-integratie = İşe dönüş programına (re-integratietraject) katılıyor musunuz?
    .help = İşe dönüş programı (re-integratietraject), ücretli bir işe doğru ilerlemenize yardım eder. Örneğin bir kurs, pratik yapabileceğiniz bir iş yeri veya iş başvurularında yardım. Bunu belediyeyle birlikte yaparsınız.
question-sociale-activering = Sosyal etkinleştirmeye (sociale activering) katılıyor musunuz?
    .help = Sosyal etkinleştirme, ücretli iş henüz uzaktayken topluma yeniden katılmanıza yardım eder.
question-groepstraining = Bir grup eğitimine katılıyor musunuz?
    .hint = Örneğin Liemers bölgesindeki Toekomstatelier.
question-wmo = Belediye aracılığıyla bir destek görevlisinden yardım alıyor musunuz?
    .help = Bir destek görevlisi size örneğin gününüzü düzenlemekte yardım eder; tek başınıza veya bir grupta. Belediye bunu Wmo (Wet maatschappelijke ondersteuning, Sosyal Destek Yasası) ile düzenler.
question-werk = Ödeneğinizin (uitkering) yanında ücretli bir işiniz var mı?
question-werk-uren = Haftada kaç saat çalışıyorsunuz?
question-participatieladder = Katılım merdiveninde (participatieladder) hangi basamaktasınız?
    .hint = Danışmanınız (klantmanager) bunu bilir.
    .help = Katılım merdiveninin (participatieladder) 6 basamağı vardır. Bu basamaklar, ücretli işe ne kadar uzak olduğunuzu gösterir. 1, 2, 3 ve 4. basamak: ücretli iş henüz uzak. 5 ve 6. basamak: bir yıl içinde ücretli çalışabilirsiniz. Basamağa (stap) trede de denir.
question-doelgroep = Belediye sizi hangi gruba dahil etti?
    .hint = Danışmanınız (klantmanager) bunu bilir.
question-beperking = Sizi kısıtlayan bir durumunuz (beperking) var mı?
    .hint = Sağlığınız veya bir engeliniz nedeniyle bazı şeyleri yapamıyorsunuz ya da daha zor yapıyorsunuz.
question-niet-in-staat = Durumunuz nedeniyle kalıcı olarak karşılık hizmet (tegenprestatie) yapamıyor musunuz?
    .hint = Örneğin sağlığınız veya evdeki durumunuz nedeniyle.
question-dringende-redenen = Şu anda karşılık hizmet (tegenprestatie) yapmanızı engelleyen acil nedenler var mı?
    .hint = Örneğin bir aile üyesi için yeni başlamış ağır bir bakım.
    .help = Acil nedenler varsa belediye sizi bir süre muaf tutabilir. Bu, Participatiewet'in 9. maddesinin 2. fıkrasında yazar.

field-gemeente = Belediye
field-gives-care = Yakın bakımı (mantelzorg)
field-volunteers = Gönüllü çalışma
field-has-part-time-work = Ücretli iş
field-date = Kontrol tarihi
field-birth-date = Doğum tarihi
field-age = Yaş (tam yıl)
field-reached-pension-age = AOW yaşına ulaşmış
field-benefit = Ödenek (uitkering)
field-fully-permanently-incapacitated = Tamamen ve kalıcı olarak çalışamaz durumda
field-single-parent-exemption = Tek ebeveyn, çalışmaktan muaf
field-caregiving-hours-per-week = Haftalık yakın bakımı (mantelzorg) saati
field-caregiving-months = Kaç aydır?
field-caregiving-necessary = Belediyeye göre yakın bakımı (mantelzorg) gerçekten gerekli
field-volunteer-hours-per-week = Haftalık gönüllü çalışma saati
field-volunteer-months = Kaç aydır?
field-respite-care-volunteer = Yakın bakımı veren kişinin (mantelzorger) bakım işini üstlenmek
field-reintegration-trajectory = İşe dönüş programı (re-integratietraject)
field-social-activation = Sosyal etkinleştirme
field-group-training = Grup eğitimi
field-wmo-guidance = Belediye aracılığıyla destek görevlisinden yardım
field-part-time-work-hours-per-week = Haftalık ücretli iş saati
field-participation-ladder-step = Katılım merdivenindeki (participatieladder) basamak
field-has-disability = Kısıtlayan durum (beperking)
field-permanently-unable = Karşılık hizmet (tegenprestatie) kalıcı olarak mümkün değil
field-urgent-reasons = Acil nedenler
field-months-on-benefit = Ödenek (uitkering) alınan ay sayısı
field-target-group = Grup

option-yes = Evet
option-no = Hayır
option-unknown = Bilmiyorum
option-benefit-participatiewet = Sosyal yardım (bijstand, Participatiewet)
option-benefit-ioaw = IOAW
option-benefit-ioaz = IOAZ
option-benefit-special-assistance-only = Yalnızca özel sosyal yardım (bijzondere bijstand)
option-benefit-none = Ödenek (uitkering) yok
option-participation-ladder-step-1 = 1. basamak (stap 1): çoğunlukla evdesiniz ve az insan görüyorsunuz
option-participation-ladder-step-2 = 2. basamak (stap 2): evinizin dışındaki insanlarla iletişiminiz var
option-participation-ladder-step-3 = 3. basamak (stap 3): kurs veya kulüp gibi etkinliklere katılıyorsunuz
option-participation-ladder-step-4 = 4. basamak (stap 4): gönüllü çalışma gibi ücretsiz bir iş yapıyorsunuz
option-participation-ladder-step-5 = 5. basamak (stap 5): yardım alarak ücretli çalışıyorsunuz
option-participation-ladder-step-6 = 6. basamak (stap 6): yardım almadan ücretli çalışıyorsunuz
option-target-group-uitstromer = Uitstromer: kısa sürede ücretli bir işe başlayabilirsiniz
option-target-group-groeier = Groeier: işe doğru ilerliyorsunuz
option-target-group-blijver = Blijver: ücretli iş henüz uzak

error-choose-municipality = Belediyenizi seçin.
error-fill-in-age = Yaşınızı yazın.
error-fill-in-hours = Haftalık saat sayısını yazın.
error-fill-in-months = Ay sayısını yazın.
error-choose-benefit = Hangi ödeneği (uitkering) aldığınızı seçin.
error-choose-answer = Bir yanıt seçin.
error-age-in-digits = Yaşınızı rakamla yazın, örneğin 35.
error-fill-in-number = Bir sayı yazın, örneğin 4 veya 7,5.
error-whole-number = Virgülsüz, tam bir sayı yazın.
error-age-range = En az 0, en fazla 130 olan bir yaş yazın.
error-hours-range = En az 0, en fazla 168 olan bir saat sayısı yazın. Bir haftada 168 saat vardır.
error-months-range = En az 0, en fazla 600 olan bir ay sayısı yazın.
error-unknown-municipality = Bu belediyeyi tanımıyoruz. Listeden bir belediye seçin.
error-unknown-option = Yanıtlardan birini seçin.

topic-find-activity = Kendiniz bir şey aramak
topic-choice = Siz de karara katılabilirsiniz
topic-what-counts = Neler karşılık hizmet (tegenprestatie) sayılır
topic-renewal = Uzatma ve tekrarlama
topic-non-compliance = Karşılık hizmeti (tegenprestatie) yapmazsanız
topic-objection = Bir karara katılmıyorsanız
topic-other = Bilmekte yarar var

detail-full-text = Yönetmeliğin (verordening) tam metni bizde var.
    .short = tam metin
detail-described = 2016 tarihli bir araştırma, bu yönetmeliğin (verordening) kurallarını anlatıyor. Tam metni bizde yok.
    .short = bir araştırmada anlatılmış
detail-summary = Bu yönetmeliğin (verordening) yalnızca kısa bir özetini biliyoruz. Bu özet, 2016 tarihli bir tablodadır. Bazı ayrıntılar eksik olabilir.
    .short = yalnızca bir özet
detail-statute = Yasa.
    .short = yasa
detail-not-known = Bu kontrol yalnızca yasayı biliyor, bu belediyenin kurallarını bilmiyor.
    .short = yalnızca yasa


day-months-1 = januari
day-months-2 = februari
day-months-3 = maart
day-months-4 = april
day-months-5 = mei
day-months-6 = juni
day-months-7 = juli
day-months-8 = augustus
day-months-9 = september
day-months-10 = oktober
day-months-11 = november
day-months-12 = december
day-check-is-for = Bu kontrol { $date } tarihi içindir.
day-change-day = Tarihi değiştir
day-day-label = Kontrol tarihi
day-day-hint = Tarihi 31-12-2026 şeklinde yazın. Başka bir günde neyin geçerli olduğunu öğrenmek istiyorsanız o günü seçin.
day-use-day = Bu tarihi kullan
day-back-to-today = Bugüne dön
day-cancel = İptal
day-day-invalid = Bu bir tarih değil. Tarihi 31-12-2026 şeklinde yazın.
day-law-changed-title = 2027 yılından itibaren yeni kurallar
day-law-changed-unknown = Bu kontrol yeni kuralları henüz bilmiyor. Bu yüzden { $date } tarihinde sizin için neyin geçerli olduğunu söyleyemez.
day-what-to-do = Ne yapabilirsiniz?
day-law-changed-steps-1 = Yeni kuralların sizin için ne anlama geldiğini danışmanınıza (klantmanager) sorun.
day-law-changed-steps-2 = Belediyenizin yeni kuralları olup olmadığına lokaleregelgeving.overheid.nl sitesinde bakın. "participatie" kelimesini ve belediyenizin adını arayın.
day-law-text-link = 1 januari 2027 tarihinden itibaren geçerli Participatiewet (wetten.overheid.nl)
day-see-past-rules = Kuralları { $date } tarihindeki halleriyle görün
day-see-past-rules-hint = Örneğin 2026 yılında size bir karar geldiyse ve o zaman hangi kuralların geçerli olduğunu öğrenmek istiyorsanız.
day-past-rules-banner = Eski kurallara, { $date } tarihindeki halleriyle bakıyorsunuz. 1 januari 2027 tarihinden beri yeni kurallar geçerlidir.
day-past-rules-objection = 2026 yılındaki karşılık hizmetiniz (tegenprestatie) 2027 yılında da devam ediyor mu? Ya da 2026 yılında verilen bir karara itiraz (bezwaar) mı ediyorsunuz? O zaman hangi kuralların geçerli olduğunu geçiş kuralları (overgangsrecht) belirleyebilir. Bunlar, yeni yasaya geçiş için konan kurallardır. Bu kontrol geçiş kurallarını bilmiyor. Danışmanınıza (klantmanager) sorun.
day-tolerance = Bakanlık, belediyelerin 2026 yılında topluma katılım (maatschappelijke participatie) için yeni kurallarla çalışmaya şimdiden başlamasında sorun görmüyor. Ama yasaya göre 2026 yılında hâlâ belediyenizin yönetmeliği (verordening) geçerlidir: belediyenizin hangi kurallarla çalıştığını danışmanınıza (klantmanager) sorun.
day-tolerance-source = Kaynak: Participatiewet in balans yasasının yürürlüğe girmesi hakkında gemeente.nu sitesindeki haber
day-merged-ended = { $name } belediyesi { $on } tarihinden beri { $into } belediyesine bağlıdır. { $name } belediyesinin kuralları bundan sonra en fazla 2 yıl daha geçerli oldu: en geç { $until } tarihine kadar (o gün dahil). Yani { $date } tarihinde artık geçerli değiller.
day-check-successor = Kontrolü { $into } belediyesi için yap
day-successor-unknown = Bu kontrolde { $into } belediyesinin kuralları yok. Hangi kuralların geçerli olduğunu danışmanınıza (klantmanager) sorun.
day-merged-within = { $name } belediyesi { $on } tarihinden beri { $into } belediyesine bağlıdır. Bu sonuç, { $name } belediyesinin eski kurallarına göredir. Bu kurallar en geç { $until } tarihine kadar (o gün dahil) geçerlidir. { $into } belediyesi bu kuralları o tarihten önce kaldırmış veya yerlerine yeni kurallar koymuş olabilir. Hangi kuralların geçerli olduğunu danışmanınıza (klantmanager) sorun.
day-ordinance-ended = { $name } belediyesinin { $year } tarihli kuralları en geç { $to } tarihine kadar (o gün dahil) geçerliydi. Sonra yerlerine yeni kurallar geldi. Yani { $date } tarihinde artık geçerli değiller.
day-replaced-by = { $from } tarihinden itibaren yeni kurallar geçerli oldu: { $title }.
day-replaced-by-link = Bu kuralları lokaleregelgeving.overheid.nl sitesinde okuyun
day-now-part-of = { $name } belediyesi { $on } tarihinden beri { $into } belediyesine bağlıdır. Bu kontrolde { $into } belediyesinin kuralları yok. Hangi kuralların geçerli olduğunu danışmanınıza (klantmanager) sorun.
day-until = { " " }{ $date } tarihine kadar (o gün dahil)
day-ended-title = Bu kurallar artık geçerli değil
day-other-day = Başka bir tarih seçin
day-choose-municipality = Başka bir belediye seçin
day-after-change-mark = 1 januari 2027 tarihinden itibaren: yeni yasa; bu kontrol geçiş kurallarını (overgangsrecht) bilmiyor


no-ordinance-decides-title = Belediyenizin kuralları neleri belirler
no-ordinance-decides-1 = Belediyenin birinden karşılık hizmet (tegenprestatie) isteyip istemediği. Bazı belediyeler bunu yalnızca rica eder, zorunlu tutmaz.
no-ordinance-decides-2 = Haftada kaç saat ve ne kadar süre.
no-ordinance-decides-3 = Kimin karşılık hizmet (tegenprestatie) yapmak zorunda olmadığı. Bunlar yakın bakımı (mantelzorg) veren, gönüllü çalışan, işe geri dönmek için çaba gösteren veya yarı zamanlı bir işi olan kişiler olabilir.
no-ordinance-decides-4 = Zaten yaptığınız bir işin karşılık hizmet (tegenprestatie) olarak sayılıp sayılamayacağı.
no-ordinance-holds-title = Yasa ve mahkeme ne diyor
no-ordinance-holds-law = Bu iş ücretsizdir ve topluma yararlıdır. Yapabileceklerinize uygundur. Ek bir iştir: ücretli bir işin yerine geçmemelidir.
no-ordinance-holds-memorandum = Yasanın açıklamasına göre bu iş çoğu zaman sınırlıdır: çok fazla saat değil ve çok uzun süre değil. İşin türü hakkında siz de fikrinizi söyleyebilirsiniz. Ama kararı belediye verir.
no-ordinance-memorandum-source = Participatiewet'in açıklaması (Memorie van toelichting), tezin (2016, § 3.1.2) anlattığı şekliyle
no-ordinance-holds-objection = Karşılık hizmet (tegenprestatie) hakkında size bir karar geldi ve bu karara katılmıyor musunuz? O zaman altı hafta içinde itiraz (bezwaar) edebilirsiniz. Bu altı hafta, belediyenin kararı gönderdiği veya size verdiği günün ertesi günü başlar.
no-ordinance-holds-non-compliance = Belediyenin size görev olarak verdiği bir karşılık hizmeti (tegenprestatie) yapmıyor musunuz? O zaman belediye ödeneğinizi (uitkering) bir süre için azaltabilir.
no-ordinance-holds-court = Bir mahkeme 2013 yılında, eski sosyal yardım yasasına (bijstandswet) göre şuna karar verdi: haftada 32 saat her durumda çok fazladır. O zaman bu artık sınırlı bir iş değildir. Bu tek bir mahkeme kararıdır, yasadaki bir kural değildir.
no-ordinance-source = Kaynak
no-ordinance-find-title = Belediyenizin kurallarını şöyle bulursunuz
no-ordinance-find-steps-1 = Belediyelerin bütün kurallarının bulunduğu web sitesine gidin (lokaleregelgeving.overheid.nl).
no-ordinance-find-steps-2 = ‘tegenprestatie’ ve ‘{ $name }’ kelimeleriyle arayın. Kuralların şimdi geçerli olup olmadığına bakın: kuralların yanında hangi tarihten itibaren geçerli oldukları yazar.
no-ordinance-register-link = lokaleregelgeving.overheid.nl sitesine git
no-ordinance-ask-title = Danışmanınıza (klantmanager) sorun
no-ordinance-ask-1 = Belediye benden karşılık hizmet (tegenprestatie) istiyor mu? Haftada kaç saat ve ne kadar süre?
no-ordinance-ask-2 = Yakın bakımı (mantelzorg) veya gönüllü çalışma gibi zaten yaptığım şeyler de sayılıyor mu?
no-ordinance-ask-3 = Yapacağım iş hakkında ben de fikrimi söyleyebilir miyim?


ord-c0d6178a = Haftada en az 8 saat, yılda 6 ay.

ord-011b6d0e = Bir işe dönüş programına (re-integratietraject) katılıyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-99e04dd0 = Haftada en az 8 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-d04be0ef = Haftada en az 8 saat yakın bakımı (mantelzorg) veriyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-3f1331f6 = Haftada 4 ile 12 saat arası, yılda 3 ay.

ord-c939e913 = Bir işe dönüş programına (re-integratietraject) katılıyorsunuz. Özet bunu kişiye özel karar (maatwerk) olarak belirtiyor: belediye her kişiye ayrı bakar.

ord-ba0d357b = Bunun, size karşılık hizmet (tegenprestatie) vermemek için bir neden olup olmadığı. Özet şunu söylüyor: kişiye özel karar (maatwerk).

ord-0efcc1f9 = Belediye, durumunuzu karşılık hizmet (tegenprestatie) istememek için bir neden olarak görüyor mu?

ord-9c62f33f = Yarı zamanlı bir işiniz var. Özet bunu kişiye özel karar (maatwerk) olarak belirtiyor: belediye her kişiye ayrı bakar.

ord-f1cd7537 = Gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. Özet bunu kişiye özel karar (maatwerk) olarak belirtiyor: belediye her kişiye ayrı bakar.

ord-8ce87d33 = Yakın bakımı (mantelzorg) veriyorsunuz. Özet bunu kişiye özel karar (maatwerk) olarak belirtiyor: belediye her kişiye ayrı bakar.

ord-a57d7742 = Haftada 2 ile 10 saat arası, yılda 3 ile 5 ay arası.

ord-14d9a62c = Haftada en az 12 saat, her takvim yılında en az 3 ay. Belediye bunu yapabileceklerinize göre ayarlar.

ord-c8d879e1 = Çalışamaz durumda olduğunuz için çalışmaktan ve işe dönüş çalışmalarından (re-integratie) tamamen muafsınız. O zaman Hilversum karşılık hizmetten (tegenprestatie) vazgeçer.

ord-01e69a80 = Tek ebeveynsiniz ve belediye sizi çalışma yükümlülüğünden muaf tuttu. O zaman Hilversum karşılık hizmet (tegenprestatie) istemez.

ord-ba005e4f = Yalnızca özel sosyal yardım (bijzondere bijstand) alıyorsunuz. O zaman Hilversum karşılık hizmetten (tegenprestatie) vazgeçer.

ord-3925a3aa = Yeterince gönüllü çalışma (vrijwilligerswerk) veya yakın bakımı (mantelzorg) yapıyor musunuz? O zaman Hilversum karşılık hizmetten (tegenprestatie) vazgeçer.

ord-ce2b5e9a = Gönüllü çalışmanızın (vrijwilligerswerk) veya yakın bakımınızın (mantelzorg) yeterince kapsamlı olup olmadığı. Yönetmelik (verordening) bir saat sayısı belirtmiyor; 'belirli bir kapsamda' (van een bepaalde omvang) diyor.

ord-79b876af = Belediye, yeterince gönüllü çalışma (vrijwilligerswerk) veya yakın bakımı (mantelzorg) yaptığınızı düşünüyor mu?

ord-80aabca8 = Bir işe dönüş programına (re-integratietraject) katılıyorsanız belediye her kişiye ayrı bakar.

ord-08caed69 = İşe dönüş programınızın (re-integratietraject) karşılık hizmet (tegenprestatie) istememek için bir neden olup olmadığı. Bu, kişiye özel bir karardır (maatwerk).

ord-d4a439b8 = Belediye, işe dönüş programınızı (re-integratietraject) karşılık hizmet (tegenprestatie) istememek için bir neden olarak görüyor mu?

ord-2b660161 = Yarı zamanlı bir işiniz varsa belediye her kişiye ayrı bakar.

ord-3f2cb3b2 = Yarı zamanlı işinizin karşılık hizmet (tegenprestatie) istememek için bir neden olup olmadığı. Bu, kişiye özel bir karardır (maatwerk).

ord-df452d3d = Belediye, yarı zamanlı işinizi karşılık hizmet (tegenprestatie) istememek için bir neden olarak görüyor mu?

ord-df83a198 = Uygulamada Hilversum 'tegenprestatie' (karşılık hizmet) kelimesini neredeyse hiç kullanmıyor. Bu konu ancak biri kendi isteğiyle etkin olmak istemezse açılır. Bir şey bulmanız için ne kadar süreniz olacağına danışman (klantmanager) karar verir.

ord-12b9c79b = Uygulamada konu çoğunlukla gönüllü çalışmadır (vrijwilligerswerk); oysa yönetmelik (verordening) gönüllü çalışmayı karşılık hizmet (tegenprestatie) istememek için bir neden olarak sayar.

ord-0aa75401 = 2018'den beri Midden-Groningen'in bir parçası.

ord-11a7981a = Haftada 4 ile 16 saat arası, en az 3 ay.

ord-4334aa04 = Burada karşılık hizmet (tegenprestatie) yalnızca henüz hemen işe doğru adım atamayan kişiler içindir.

ord-acf3f553 = Ödeneğiniz (uitkering) başladıktan hemen sonra işe doğru adımlar atıp atamayacağınız. Atabiliyor musunuz? O zaman belediye size karşılık hizmet (tegenprestatie) vermez. Şimdi veya bir süre için atamıyor musunuz? O zaman verir.

ord-d04874a8 = Belediye, işe doğru hemen adımlar atabileceğinizi düşünüyor mu?

ord-30276644 = Haftada en az 4 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz: bu, en küçük karşılık hizmet (tegenprestatie) kadardır. Bu iş bir karşılık hizmete benziyor mu? O zaman karşılık hizmet yapmak zorunda değilsiniz. Ama bunu kanıtlayabilmeniz gerekir.

ord-fd14ca1e = Gönüllü çalışmanızın (vrijwilligerswerk) bir karşılık hizmete (tegenprestatie) benzeyip benzemediği: ücretsiz, başkalarına yararlı ve ücretli bir işin yerini almayan bir iş. Bunu kanıtlayabilmeniz gerekir. Bunu belediye değerlendirir.

ord-ebe7fa90 = Belediye, gönüllü çalışmanızın (vrijwilligerswerk) bir karşılık hizmete (tegenprestatie) benzediğini düşünüyor mu?

ord-df20ae37 = Gerekli olan yakın bakımı (mantelzorg) veriyorsunuz. O zaman belediye karşılık hizmet (tegenprestatie) istemez.

ord-72618890 = Verdiğiniz yakın bakımının (mantelzorg) gerçekten gerekli olup olmadığı.

ord-9905967e = Belediye, verdiğiniz yakın bakımını (mantelzorg) gerçekten gerekli buluyor mu?

ord-8c729f21 = Kişisel durumunuz nedeniyle kalıcı olarak karşılık hizmet (tegenprestatie) yapamıyorsunuz. O zaman belediye bunu istemez.

ord-647308d3 = Bir süreliğine karşılık hizmet (tegenprestatie) yapamıyor musunuz? O zaman belediye, bunu ne zaman yapacağınızı sizinle birlikte kararlaştırır.

ord-0847a9ba = Uygulamada burada çok az kişi karşılık hizmet (tegenprestatie) yapıyor. Bir şey bulmanız için size genellikle 20 gün, bazen daha uzun süre verilir. Yapılan işler yakın bakımı (mantelzorg) veya gönüllü çalışmadır (vrijwilligerswerk) ve bunlar o zaman aksine karşılık hizmet olarak sayılır.

ord-63a57598 = 2019'dan beri Haarlemmermeer'in bir parçası.

ord-9bef3261 = Bir işe dönüş programıyla (re-integratietraject) işe doğru destek alıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-8220484c = Gönüllü çalışmanız (vrijwilligerswerk) veya yakın bakımınız (mantelzorg) topluma katkı sağlıyor mu? O zaman belediye karşılık hizmet (tegenprestatie) istemez.

ord-46026acd = Gönüllü çalışmanızın (vrijwilligerswerk) veya yakın bakımınızın (mantelzorg) topluma yeterince katkı sağlayıp sağlamadığı.

ord-602d5284 = Belediye, gönüllü çalışmanızı (vrijwilligerswerk) veya yakın bakımınızı (mantelzorg) toplum için yeterince yararlı buluyor mu?

ord-65200929 = Uygulamada birim sizi bir gönüllü çalışma merkezine (vrijwilligerscentrale) yönlendirir. Gönüllü çalışma (vrijwilligerswerk) ve yakın bakımı (mantelzorg) o zaman aksine karşılık hizmet (tegenprestatie) olarak sayılır; sizi muaf tutmak için bir neden olarak sayılmaz.

ord-e76f3597 = Uygulamada Menterwolde insanları bir gönüllü çalışma merkezine (vrijwilligerscentrale) gönderir. Bir şey bulmanız için size yaklaşık 4 hafta verilir. Tüm etkinlikler gönüllü çalışmadır (vrijwilligerswerk); oysa yönetmelik (verordening) gönüllü çalışmayı karşılık hizmet (tegenprestatie) istememek için bir neden olarak sayar.

ord-f77cb8a1 = Haftada en fazla 24 saat ve en fazla 6 ay. Bir kez, en fazla 6 ay uzatılabilir.

ord-6efaba04 = Belediye karşılık hizmeti (tegenprestatie) bir kez, en fazla 6 ay uzatabilir.

ord-0e29188f = Katılım merdiveninin (participatieladder) 1, 2, 3 veya 4. basamağındasınız. Yani işe olan uzaklığınız büyük. O zaman belediye size karşılık hizmet (tegenprestatie) yükümlülüğü getirebilir.

ord-6bb4beed = Katılım merdiveninin (participatieladder) 5. veya 6. basamağındasınız. O zaman ücretli işe odaklanabilirsiniz.

ord-e15bb182 = Özel durumların olup olmadığı. İşe yakınsınız. O zaman size kural olarak karşılık hizmet (tegenprestatie) verilmez. Yalnızca özel durumlarda verilir; örneğin şimdi ve ileride iş bulmak için hiçbir şey yapmıyorsanız.

ord-be8fc6e6 = Belediye, size yine de karşılık hizmet (tegenprestatie) vermek için özel bir neden görüyor mu?

ord-802527df = Oldenzaal'da karşılık hizmet (tegenprestatie), işe olan uzaklığınıza bağlıdır. Bunu bilmiyoruz.

ord-1109ed70 = Ücretli işe ne kadar uzak olduğunuz. Bir yıl içinde çalışabilir misiniz? O zaman size kural olarak karşılık hizmet (tegenprestatie) verilmez. Aksi halde belediye bu yükümlülüğü getirebilir.

ord-a00af480 = Belediye, bir yıl içinde çalışamayacağınızı düşünüyor mu?

ord-7e972dc2 = Verdiğiniz yakın bakımının (mantelzorg) gerçekten gerekli olup olmadığı. Burada kastedilen, bir aile içindeki olağan yardımdan daha fazlası olan bakımdır.

ord-d4dee59b = Belediye, gönüllü çalışmanızı (vrijwilligerswerk) veya yakın bakımınızı (mantelzorg) dikkate almak zorundadır.

ord-ae100a99 = Gönüllü çalışmanızın (vrijwilligerswerk) veya yakın bakımınızın (mantelzorg) karşılık hizmet (tegenprestatie) olarak sayılıp sayılmadığı ya da daha az saat yapmanızın yeterli olup olmadığı. Belediye, bunu ne kadar süredir ve ne kadar çok yaptığınıza bakar.

ord-8669a918 = Belediye, gönüllü çalışmanızın (vrijwilligerswerk) veya yakın bakımınızın (mantelzorg) karşılık hizmet (tegenprestatie) olarak sayıldığını düşünüyor mu?

ord-69eb3388 = Önce kendiniz uygun bir karşılık hizmet (tegenprestatie) arayın. Bunu yapmıyor musunuz? O zaman işi belediye seçer.

ord-22488bc4 = Uygun bir iş yok mu? O zaman size karşılık hizmet (tegenprestatie) verilmez. Belediye 6 ay içinde yeniden bakar.

ord-670cd827 = Karşılık hizmeti (tegenprestatie) reddediyor musunuz? O zaman belediye, ödeneğin (uitkering) ne kadar ve ne kadar süreyle düşürüleceğine her kişi için ayrı karar verir. Bu, Maatregelenverordening'e göre yapılır.

ord-ff03b5c2 = Uygun iş olmadığı için karşılık hizmet (tegenprestatie) yok mu? O zaman belediye en geç bu tarihte iş olup olmadığına yeniden bakar.

ord-5f89dc5c = Haftada 4 ile 8 saat arası, art arda 2 ile 6 ay arası, yılda en az bir kez.

ord-23c4ae52 = Belediye her takvim yılında en az bir kez karşılık hizmet (tegenprestatie) verir. Haftada 8 saatten fazlasına yalnızca siz ve belediye ikiniz de bunu istiyorsanız izin verilir.

ord-66613b78 = Haftada en az 4 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-05a7741a = Bir işe dönüş programının (re-integratietraject) etkinliklerine katılıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-efb94cdd = Yakın bakımı (mantelzorg) veriyorsunuz: haftada en az 8 saat veya 3 aydan daha uzun süredir. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-1e2beed2 = Yarı zamanlı bir işte haftada en az 20 saat çalışıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-7beb18a3 = 5 yaşına kadar bir çocuğun bakımı için muafiyeti olan tek ebeveynsiniz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-ea1ac3a0 = Kalıcı olarak çalışamaz durumdasınız. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-d46057dd = Overbetuwe'den uygulama örnekleri: komşuların bahçesinin bakımını yapmak, yaşlı biri için alışveriş yapmak, birine arkadaşlık etmek.

ord-fde19779 = Overbetuwe'de uygulama yönetmelikle (verordening) uyuşuyor: gönüllü çalışma (vrijwilligerswerk) yapan kişi muaftır. Uygulamada size bir form verilir ve 2 hafta içinde bir yanıt beklenir.

ord-3f9d2dff = Participatiewet in balans yasası

ord-70eb5947 = 1 januari 2027 tarihinden itibaren yasa, karşılık hizmetin (tegenprestatie) yerine topluma katılımı (maatschappelijke participatie) getiriyor.

ord-c343a7ea = Karşılık hizmet (tegenprestatie) ancak 18 yaşından itibaren geçerlidir. Siz 18 yaşından küçüksünüz.

ord-3e007443 = Devlet emekli aylığı (AOW) yaşına ulaştığınızda karşılık hizmet (tegenprestatie) sona erer.

ord-bcbd2b92 = Yükümlülük, ödenek (uitkering) istemek için kayıt yaptırdığınız gün başlar. Ödenek almıyorsunuz, yani yükümlülük sizin için geçerli değil. Ama ödenek için başvuru yaptınız mı? O zaman yükümlülük, kayıt yaptırdığınız günden itibaren zaten geçerlidir.

ord-432b7e57 = Yalnızca özel sosyal yardım (bijzondere bijstand) alıyorsunuz. Karşılık hizmetin (tegenprestatie) o zaman sizin için geçerli olup olmadığını belediyeye sorun.

ord-751a6598 = Yalnızca özel sosyal yardım (bijzondere bijstand) aldığınızda da karşılık hizmetin (tegenprestatie) geçerli olup olmadığı. Yasa, özel sosyal yardım için bir istisna yapmıyor. Ama yasa, yükümlülüğün o zaman geçerli olduğunu da açıkça söylemiyor. Belediyenize sorun.

ord-37f958e8 = Belediye, yalnızca özel sosyal yardım (bijzondere bijstand) aldığınızda yükümlülüğün geçerli olmadığını düşünüyor mu?

ord-d4f7352d = Ödenek (uitkering) alıyorsanız, belediye isterse ücretsiz ve yararlı bir iş yapmak zorundasınız. Buna karşılık hizmet (tegenprestatie) denir. İş, yapabileceklerinize uygundur. İşin, ücretli bir işin yerini almasına izin verilmez.

ord-21369307 = IOAW veya IOAZ ödeneği (uitkering) için, sosyal yardım (bijstand) için olanla aynı yükümlülük geçerlidir.

ord-2199aa1c = Tamamen ve kalıcı olarak çalışamıyorsunuz. O zaman karşılık hizmet (tegenprestatie) sizin için geçerli değildir. Bu, yasada yazar.

ord-6762a44b = Tamamen ve kalıcı olarak çalışamıyorsunuz ve IOAW veya IOAZ ödeneği (uitkering) alıyorsunuz. O zaman muaf olup olmadığınıza belediye karar verir.

ord-f01ec180 = Tamamen ve kalıcı olarak çalışamadığınız için IOAW veya IOAZ ödeneğiyle (uitkering) muaf olup olmadığınız. Yasa bunu yalnızca sosyal yardım (bijstand) için düzenliyor. Ama belediye, acil nedenler varsa sizi bir süre muaf tutabilir. Ayrıca belediye, karşılık hizmeti (tegenprestatie) yapabileceklerinize göre ayarlamak zorundadır.

ord-0cb8212f = Belediye, kalıcı olarak çalışamadığınız için sizi muaf tutuyor mu?

ord-930fbd32 = Tek ebeveynsiniz ve 5 yaşından küçük bir çocuğa baktığınız için belediye sizi çalışma yükümlülüğünden muaf tuttu. O zaman karşılık hizmet (tegenprestatie) sizin için geçerli değildir. Bu, yasada yazar.

ord-dcc3941a = Acil nedenler varsa belediye sizi bir süre muaf tutabilir. Buna belediye her kişi için ayrı karar verir.

ord-46a30b06 = Bakım görevleri gibi acil nedenlerinizin, sizi bir süre muaf tutmak için yeterli olup olmadığı. Belediye durumunuza bakar.

ord-07a4253a = Belediye, nedenlerinizi sizi bir süre muaf tutmak için yeterince acil buluyor mu?

ord-6822ac31 = Durumunuz nedeniyle kalıcı olarak karşılık hizmet (tegenprestatie) yapamayacağınızı söylüyorsunuz. Yasa bunun için bir muafiyet tanımıyor, ama belediye yapabileceklerinizi dikkate almak zorundadır.

ord-96fb1c86 = Hâlâ neler yapabildiğiniz. Belediye, karşılık hizmeti (tegenprestatie) yapabileceklerinize göre ayarlamak zorundadır: daha az saat, başka bir iş ya da hiç görev vermemek.

ord-8209d902 = Belediye, yine de bir karşılık hizmet (tegenprestatie) yapabileceğinizi düşünüyor mu?

ord-5c4c4aaf = Ne tür bir iş yapmak istediğinizi söyleme hakkınız vardır. Belediye bunu dikkate almak zorundadır, ama kararı kendisi verir.

ord-68ed0f30 = Belediye, hangi işi yapmanız gerektiğini açıkça yazmak zorundadır. Haftada 32 saat veya daha fazlası, bir karşılık hizmet (tegenprestatie) için çok fazladır.

ord-9d68d2f7 = Karşılık hizmeti (tegenprestatie) yapmıyor musunuz? O zaman belediye ödeneğinizi (uitkering) bir süre düşürebilir.

ord-bbe49113 = Belediyenin kararına katılmıyor musunuz? O zaman itiraz (bezwaar) edebilir, sonra da mahkemeye gidebilirsiniz.

ord-fa058ce2 = Devlet emekli aylığı (AOW) yaşı yıldan yıla değişir. 2025 yılına kadar (2025 dahil) bu yaş yasada yazar. Sonraki yıllar için AOW yaşını bakan beş yıl önceden duyurur. Biz, kontrol tarihinde geçerli olan AOW yaşıyla hesaplıyoruz.

ord-a92f4df5 = Belediyeler birleştikten sonra eski belediyenin kuralları en fazla iki yıl daha geçerlidir. Bu kurallar o zaman yalnızca eski belediyenin bölgesinde geçerlidir. Yeni belediye bu kuralları daha önce sona erdirebilir veya kendi kurallarıyla değiştirebilir.

ord-d4e26532 = Haftada ortalama 4 saat. Toplamda yılda 52 ile 208 saat arası.

ord-7abc76c2 = Haftada en az 20 saat ücretli çalışıyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-20f7f2b4 = Haftada en az 4 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-818c7a23 = Haftada en az 4 saat yakın bakımı (mantelzorg) veriyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-be796a04 = Haftada en fazla 20 saat; daha fazlasını yapamıyorsanız daha az. Karşılık hizmetin (tegenprestatie) bitiş tarihi yoktur.

ord-8ad24553 = En az 6 ay sonra belediye sizinle birlikte, gelişiminize uygun başka bir karşılık hizmet (tegenprestatie) seçebilir.

ord-5d3644cb = Rotterdam'da gönüllü çalışma (vrijwilligerswerk) ve yakın bakımı (mantelzorg) karşılık hizmet (tegenprestatie) olarak sayılır. Bunları toplamda haftada 20 saat veya daha fazla yapıyorsunuz. Bununla karşılık hizmeti zaten yapıyorsunuz.

ord-ea7979e2 = Gönüllü çalışmanız (vrijwilligerswerk) veya yakın bakımınız (mantelzorg) karşılık hizmet (tegenprestatie) olarak sayılır. Haftada 20 saatten az yapıyorsunuz.

ord-da3ac9bc = Gönüllü çalışma (vrijwilligerswerk) veya yakın bakımı (mantelzorg) saatlerinizin yeterli olup olmadığı. Ölçü haftada 20 saattir; daha fazlasını yapamıyorsanız daha azdır.

ord-bd75ebad = Belediye, gönüllü çalışma (vrijwilligerswerk) veya yakın bakımı (mantelzorg) saatlerinizi yeterli buluyor mu?

ord-143a3e07 = Durumunuz bunun için bir neden oluşturuyorsa belediye sizi muaf tutabilir.

ord-f35dd142 = Durumunuzun, sizi muaf tutmak için bir neden olup olmadığı.

ord-4efc132f = Bir işe dönüş programına (re-integratietraject) katılsanız da belediye size karşılık hizmet (tegenprestatie) verebilir.

ord-0b5af334 = Karşılık hizmeti (tegenprestatie) nasıl yapacağınızı kendiniz seçersiniz. Gerekirse belediye yardım eder. Zamanında bir öneri sunmuyor musunuz? O zaman belediye bir yaptırım (maatregel) uygulayabilir.

ord-de11ab3c = Şunlar karşılık hizmet (tegenprestatie) olarak sayılır: gönüllü çalışma (vrijwilligerswerk), yakın bakımı (mantelzorg), başka yararlı işler, bir dil kursu veya egzersiz kursu ve daha sonra başka bir şey yapabilmeniz için kişisel sorunlarınız üzerinde çalışmak.

ord-7e1d2132 = Uygulamada Rotterdam, iki ay içinde bir şey bulmanızı ister. Bulamazsanız belediye önerilerle yardım eder.

ord-a39c2054 = Uygulamada belediye çoğu zaman 20 saatten daha azıyla başlar. 'Yapabildiğiniz kadar' (naar vermogen) büyük ağırlık taşır.

ord-4b82d0a7 = Uygulamada Rotterdam karşılık hizmeti (tegenprestatie) en çok, işe dönüş programı (re-integratietraject) verilmeyen kişilerden ister.

ord-2806f070 = Bu günden itibaren belediye, ilgili kişiyle birlikte kişisel gelişime yönelik başka bir karşılık hizmet (tegenprestatie) seçebilir.

ord-092b24b6 = 2018'den beri Zevenaar'ın bir parçası.

ord-2d4a6ff8 = Haftada en az 2 saat, yılda en az 3 ay.

ord-da2580f0 = Sizi kısıtlayan bir durumunuz (beperking) var. O zaman yapabildiğiniz kadar yaparsınız. Saat için bir alt sınır yoktur.

ord-b696362b = Yarı zamanlı çalışıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-7e6fdf6d = Sosyal etkinleştirmeye (sociale activering) katılıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-19d1be4a = Bir işe dönüş programına (re-integratietraject) katılıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-5d5e1606 = Toekomstatelier'e veya başka bir grup eğitimine katılıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-472c885b = En az 3 aydır, haftada en az 8 saat yakın bakımı (mantelzorg) veriyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-2c145655 = Yılda en az 3 ay, haftada en az 2 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-b078cc3b = Sizi kısıtlayan bir durumunuz (beperking) var ve zaten ücretsiz gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. Bu, yapabileceklerinize uygunsa, bununla karşılık hizmeti (tegenprestatie) zaten yapıyorsunuz.

ord-c9d6d857 = Şu anda yaptığınız işin yapabileceklerinize uygun olup olmadığı. Uygunsa karşılık hizmet (tegenprestatie) olarak sayılır. Bunu belediye değerlendirir.

ord-2a201dab = Belediye, gönüllü çalışmanızın (vrijwilligerswerk) yapabileceklerinize uygun olduğunu düşünüyor mu?

ord-327f15cb = Uygulamada burada aksine gönüllü çalışma (vrijwilligerswerk) karşılık hizmetin (tegenprestatie) kendisidir. Kurum en çok bir şey yapıp yapmadığınıza bakar: haftada bir buçuk saat de kabul edilir.

ord-daa62d41 = Uygulamada, kurumun mektubundan sonra kendiniz bir şey bulmanız için size yaklaşık 8 hafta verildi.

ord-eb0c515d = Haftada 2 ile 8 saat arası, 3 ile 6 ay arası.

ord-b68498b1 = Alt sınıra ulaşamıyor musunuz? O zaman belediye daha azını isteyebilir: daha az saat veya daha az ay.

ord-d881dffb = 'Uitstromer' grubundasınız: ücretli iş bulmaya çalışıyorsunuz. O zaman size karşılık hizmet (tegenprestatie) verilmez.

ord-313b09a6 = Bir işe dönüş hizmetinden (re-integratievoorziening) yararlanıyorsunuz. O zaman ücretli işe odaklanırsınız ve size karşılık hizmet (tegenprestatie) verilmez.

ord-63eac5e7 = 'Groeier' veya 'blijver' grubundasınız ve işe dönüş çalışmalarına (re-integratie) katılmıyorsunuz. O zaman belediye size karşılık hizmet (tegenprestatie) verebilir.

ord-febe03e4 = Schagen'de karşılık hizmet (tegenprestatie), hangi grupta olduğunuza bağlıdır. 'Uitstromer' grubundakilere verilmez.

ord-0000805b = Hangi grupta olduğunuz: uitstromer, groeier veya blijver. Hangi gruba gireceğinize belediye karar verir.

ord-84e974d2 = Belediyeye göre 'groeier' veya 'blijver' grubunda mısınız?

ord-518e64e1 = Gönüllü olarak, yakın bakımı veren birinin (mantelzorger) bakım işini kısa bir süre üstleniyorsunuz (respijtzorg). O zaman size karşılık hizmet (tegenprestatie) verilmez.

ord-10022822 = Toplum için kendi isteğinizle yaptığınız şeyler, örneğin gönüllü çalışma (vrijwilligerswerk), karşılık hizmet (tegenprestatie) olarak sayılır. Haftada en az 2 saat yapıyorsunuz: bu, alt sınırdır.

ord-cf87a0e5 = Gönüllü çalışmanız (vrijwilligerswerk) karşılık hizmet (tegenprestatie) olarak sayılır, ama haftada 2 saatlik alt sınırdan daha az yapıyorsunuz.

ord-2404c893 = Haftada 2 saatten azının yeterli olup olmadığı. Alt sınıra ulaşamıyorsanız bu mümkündür.

ord-a6b37173 = Belediye, sizin için haftada 2 saatten azını yeterli buluyor mu?

ord-4f891104 = Yarı zamanlı bir işiniz var. Özet tabloya göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-0ed30a1f = Yarı zamanlı işinizin sizi muaf kılıp kılmadığı. Özet tablo evet diyor, ama yönetmeliğin (verordening) açıklaması yarı zamanlı işten söz etmiyor. Belediyeye sorun.

ord-847e8cd7 = Uygulamada Schagen'de karşılık hizmet (tegenprestatie), devam etmek isterseniz 6 aydan uzun sürebilir. Belediye o zaman başka bir yerde devam edip edemeyeceğinize bakar. Kapsamı haftada en fazla iki yarım gündür (dagdeel).

ord-2932fa1d = Haftada 8 ile 16 saat arası, yılda 6 ay.

ord-cd6ac6aa = Gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-eaed952e = Yakın bakımı (mantelzorg) veriyorsunuz. Özete göre o zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-ff15376e = Haftada 8 ile 16 saat arası, yılda 2 kez 6 hafta.

ord-1cbc5791 = 2022'den beri Amsterdam'ın bir parçası.

ord-0edafa56 = Bu kurallarda şu yazar: belediye, zaten yaptığınız ve toplum için yararlı olan ücretsiz bir işi karşılık hizmet (tegenprestatie) olarak sayabilir. Ayrıca belediye, şu anda iş bulma şansı olmayan ve işe yönelik yardım almayan kişilerden karşılık hizmet isteyebilir. Orada 'istemek' (vragen) yazıyor, 'zorunlu kılmak' (verplichten) değil. Bu kurallar geriye dönük olarak 1 januari 2020 tarihinden itibaren de geçerlidir. Bu kontrol, bu kuralların yalnızca bu kısmını biliyor. Kaç saat ve ne kadar süre olduğunu bu kontrol bilmiyor.

ord-8ab53edf = Haftada en az 8 saat, yılda en az 6 ay. Yapmanız gereken iş, yapabileceklerinize uygundur.

ord-ab543c48 = Haftada en az 8 saat yakın bakımı (mantelzorg) veriyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-906e54f4 = Haftada en az 8 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-24f60ef1 = Belediye aracılığıyla, tek başınıza veya bir grupta destek (begeleiding, Wmo) alıyorsunuz. O zaman karşılık hizmet (tegenprestatie) yapmak zorunda değilsiniz.

ord-ae7bba58 = Belediye sizden kendi önerilerinizle gelmenizi bekler. Gerekirse size yardım edilir.

ord-e542c13a = Şunlar karşılık hizmet (tegenprestatie) olarak sayılır: toplum için yararlı işler, bir dil kursu veya egzersiz kursu, bir etkinleştirme programı ya da haftada en az 8 saat kişisel sorunlarınız üzerinde çalışmak.

ord-c97a6ae1 = Uygulamada belediye her zaman haftada 8 saat istemez. Yönetmelik (verordening) 8 saat dese de, 4 saat ciddi şekilde çalışmak da uygun olabilir.

ord-13fe6b4f = Uygulamada gönüllü çalışma (vrijwilligerswerk) çoğu zaman aksine karşılık hizmet (tegenprestatie) olarak sayılır; sizi muaf tutmak için bir neden olarak sayılmaz.

ord-214c3e85 = Haftada 8 ile 16 saat arası, 6 ay boyunca. Sonra 3 ay ara; ardından ödenek (uitkering) aldığınız sürece yeniden.

ord-f2fc387c = Bundan sonra hâlâ ödenek (uitkering) alıyor musunuz? O zaman bitişten 3 ay sonra size yeniden karşılık hizmet (tegenprestatie) verilir. Belediye bir kez, tek seferlik bir etkinlik de isteyebilir.

ord-77699b59 = Haftada en az 8 saat gönüllü çalışma (vrijwilligerswerk) yapıyorsunuz. Buna, ödeneğiniz (uitkering) başladıktan sonraki 6 ay içinde başladınız. Bu iş bir karşılık hizmete (tegenprestatie) benziyorsa, karşılık hizmet yapmak zorunda değilsiniz. Ama bunu kanıtlayabilmeniz gerekir.

ord-debd2906 = Gönüllü çalışmaya (vrijwilligerswerk) ödeneğiniz (uitkering) başladıktan sonraki 6 ay içinde başladıysanız, bu sizi muaf tutmak için bir nedendir.

ord-3024a6ad = Gönüllü çalışmaya (vrijwilligerswerk) ödeneğiniz (uitkering) başladıktan sonraki 6 ay içinde başlayıp başlamadığınız ve bu işin bir karşılık hizmete (tegenprestatie) benzeyip benzemediği. Ne kadar süredir ödenek aldığınızı yazın; o zaman ilkini biliriz.

ord-9fd20662 = Gönüllü çalışmanız (vrijwilligerswerk) zamanında mı başladı ve bir karşılık hizmete (tegenprestatie) benziyor mu?

ord-c354f160 = Uygulamada gönüllü çalışma (vrijwilligerswerk) aksine karşılık hizmet (tegenprestatie) olarak sayılır. Tek seferlik etkinlik olmaz: insanlara bir kuruluşta sabit bir yer verilir.

ord-1f235827 = Uygulamada birçok kişi 6 aydan sonra, 3 ay ara vermeden devam eder.

ord-87eb6e00 = Hâlâ ödenek (uitkering) alıyor musunuz? O zaman belediye bu tarihte size yeniden bir karşılık hizmet (tegenprestatie) görevi verir.


language-name = Türkçe
language-dir = ltr
language-plural = tr
language-review = Bu çeviri Hollandacadan bir yapay zekâ asistanıyla yapıldı. Sonra ikinci bir okuyucu (o da yapay zekâ) çeviriyi kontrol etti. Anadili Türkçe olan biri çeviriyi henüz kontrol etmedi.
language-dutch-leads = Bu bir çeviridir. Hollandaca metin esastır: iki metin farklıysa Hollandaca metin geçerlidir.

## end of language pack
