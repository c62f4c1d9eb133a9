## The recipient's check: every screen's words.

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
letter-offer-heading = Belediyeye mektup
letter-offer-button = Mektup hazırla
letter-offer-intro = Yanıtlarınızla belediyeye bir mektup hazırlanır. Örneğin itiraz (bezwaar) etmek için. Mektup Hollandacadır. Form ve açıklamalar İngilizcedir. Adınız ve adresiniz bu cihazda kalır.
letter-offer-loading = Mektup yükleniyor…
letter-offer-failed = Mektup yüklenemiyor. İnternet bağlantınızı kontrol edin ve tekrar deneyin.
disclaimer = Bu sonuç belediyenin bir kararı değildir. Bu sonuca dayanarak hak talep edemezsiniz. Kararı belediye verir. Bu karara itiraz (bezwaar) edebilirsiniz.
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

## The language menu and reading aloud
language-label = Dil
language-loading = Dil yükleniyor …
read-aloud = Sesli oku
read-aloud-stop = Sesli okumayı durdur

## The municipality's rules, fetched when it is chosen ($name: the municipality, in Dutch)
rules-loading = { $name } kuralları yükleniyor …
rules-failed-title = { $name } kuralları yüklenemedi
rules-failed = Belki şu anda internet bağlantısı yok. Yanıtlarınız saklandı.
rules-retry = Tekrar deneyin

## Hours and duration
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

## Citations
citation-artikel = madde
citation-lid = fıkra
citation-onderdeel = bent
citation-no-article = { "" }

## Outcomes: the headline, the sentence under it (.lead) and the first thing to do (.next)
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

## Questions: the question (the page's heading), .hint under it, .help behind "Wat betekent dit?"
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

## Field labels (the overview and the printed answers)
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

## Answer options
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

## Input errors
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

## Next-step topics
topic-find-activity = Kendiniz bir şey aramak
topic-choice = Siz de karara katılabilirsiniz
topic-what-counts = Neler karşılık hizmet (tegenprestatie) sayılır
topic-renewal = Uzatma ve tekrarlama
topic-non-compliance = Karşılık hizmeti (tegenprestatie) yapmazsanız
topic-objection = Bir karara katılmıyorsanız
topic-other = Bilmekte yarar var

## How complete the source is (.short in the municipality list)
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
