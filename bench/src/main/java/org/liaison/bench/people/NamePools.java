package org.liaison.bench.people;

import java.util.ArrayList;
import java.util.List;

/**
 * Given names and surnames of several naming customs, most frequent first. An entry is
 * {@code Latin/OtherLatin=native}: the Latin spellings in use (the first is the commonest, the others
 * are transliteration variants that a screening must still match) and, where the custom has one, the
 * name in its own script.
 */
final class NamePools {

	private NamePools() {}

	/** One name: its Latin spellings, commonest first, and its native-script form or null. */
	record Name(List<String> latin, String nativeForm) {

		String first() {
			return latin.get(0);
		}
	}

	static List<Name> parse(String entries) {
		List<Name> out = new ArrayList<>();
		for (String e : entries.split(",")) {
			String entry = e.strip();
			if (entry.isEmpty()) {
				continue;
			}
			int eq = entry.indexOf('=');
			String latin = eq < 0 ? entry : entry.substring(0, eq);
			out.add(new Name(List.of(latin.split("/")), eq < 0 ? null : entry.substring(eq + 1)));
		}
		return out;
	}

	static final List<Name> ARAB_MALE = parse("""
			Muhammad/Mohammed/Mohamed/Mohammad/Mohamad=محمد, Ahmad/Ahmed=أحمد, Ali=علي, Omar/Umar=عمر,
			Hassan/Hasan=حسن, Hussein/Husain/Hussain/Husayn=حسين, Khalid/Khaled=خالد, Abdullah/Abdallah=عبدالله,
			Ibrahim/Ebrahim=إبراهيم, Yusuf/Youssef/Yousef=يوسف, Mustafa/Moustafa/Mostafa=مصطفى, Mahmoud/Mahmud=محمود,
			Saad/Sa'd=سعد, Tariq/Tarek/Tareq=طارق, Walid/Waleed=وليد, Faisal/Faysal=فيصل, Hamza/Hamzah=حمزة, Bilal=بلال,
			Karim/Kareem=كريم, Nasser/Nasir=ناصر, Salim/Salem=سالم, Jamal/Gamal=جمال, Abdulaziz/Abdelaziz=عبدالعزيز,
			Abdulrahman/Abdelrahman/Abd al-Rahman=عبدالرحمن, Ziad/Ziyad=زياد, Majid/Majed=ماجد, Adel/Adil=عادل,
			Samir/Sameer=سمير, Rashid/Rachid=راشد, Osama/Usama=أسامة, Anwar/Anouar=أنور, Fares/Faris=فارس""");

	static final List<Name> ARAB_FEMALE = parse("""
			Fatima/Fatma/Fatimah=فاطمة, Aisha/Aicha/Ayesha=عائشة, Maryam/Mariam=مريم, Khadija/Khadijah=خديجة,
			Zainab/Zaynab=زينب, Layla/Leila=ليلى, Nour/Noor=نور, Huda/Hoda=هدى, Amina/Aminah=أمينة, Salma=سلمى,
			Rania=رانيا, Yasmin/Yasmine=ياسمين, Hanaa/Hana=هناء, Samira/Sameera=سميرة, Asma/Asmaa=أسماء""");

	/** Family names, written with the article al- in Latin and ال in Arabic. */
	static final List<Name> ARAB_FAMILY = parse("""
			Rashid/Rasheed=الرشيد, Farsi=الفارسي, Hashimi/Hashemi=الهاشمي, Tamimi=التميمي, Shammari=الشمري,
			Qahtani/Kahtani=القحطاني, Otaibi/Utaybi=العتيبي, Dosari/Dawsari=الدوسري, Masri=المصري, Khatib=الخطيب,
			Najjar=النجار, Haddad=الحداد, Saadi=السعدي, Zahrani=الزهراني, Ghamdi=الغامدي, Obeidi/Ubaydi=العبيدي,
			Jabouri/Jubouri=الجبوري, Dulaimi=الدليمي, Baghdadi=البغدادي, Halabi=الحلبي, Tikriti=التكريتي, Harbi=الحربي,
			Mutairi=المطيري, Anazi/Enezi=العنزي, Sharif/Shareef=الشريف, Yamani=اليماني, Qurashi/Qurayshi=القرشي,
			Zawahiri=الظواهري, Hakim/Hakeem=الحكيم, Amiri=العامري""");

	static final List<Name> PERSIAN_MALE = parse("""
			Mohammad/Mohammed/Muhammad=محمد, Ali=علی, Hossein/Hussein/Hosein=حسین, Reza=رضا, Mehdi/Mahdi=مهدی,
			Hamid=حمید, Amir=امیر, Saeed/Said/Saied=سعید, Majid=مجید, Javad=جواد, Mohsen=محسن, Farhad=فرهاد,
			Ahmad/Ahmed=احمد, Dariush/Daryoush=داریوش, Behnam=بهنام, Gul/Gol=گل, Naser/Nasser=ناصر, Mojtaba=مجتبی""");

	static final List<Name> PERSIAN_FEMALE = parse("""
			Zahra=زهرا, Maryam=مریم, Fatemeh/Fatima=فاطمه, Sara/Sarah=سارا, Narges=نرگس, Parisa=پریسا, Shirin=شیرین,
			Leila/Layla=لیلا, Niloufar/Nilufar=نیلوفر, Mahnaz=مهناز""");

	static final List<Name> PERSIAN_FAMILY = parse("""
			Hosseini/Husseini/Hoseini=حسینی, Mohammadi=محمدی, Ahmadi=احمدی, Rezaei/Rezaee/Rezai=رضایی, Karimi=کریمی,
			Moradi=مرادی, Jafari/Jafary/Jaafari=جعفری, Rahimi=رحیمی, Hashemi=هاشمی, Sadeghi/Sadeqi=صادقی,
			Ghorbani/Qorbani=قربانی, Tehrani=تهرانی, Najafi=نجفی, Kazemi=کاظمی, Haqqani/Haqani=حقانی, Popal=پوپل,
			Karzai=کرزی, Rahmani=رحمانی, Yousafzai/Yousufzai=یوسفزی, Soleimani/Suleimani=سلیمانی""");

	static final List<String> RUSSIAN_MALE = List.of("Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим",
			"Иван", "Михаил", "Николай", "Владимир", "Евгений", "Юрий", "Олег", "Игорь", "Виктор", "Павел", "Роман",
			"Артём", "Константин", "Григорий", "Тарас", "Богдан", "Василий", "Анатолий", "Вячеслав", "Фёдор");

	static final List<String> RUSSIAN_FEMALE = List.of("Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Анна", "Мария",
			"Екатерина", "Светлана", "Юлия", "Оксана", "Людмила", "Галина", "Дарья", "Ксения", "Валентина");

	static final List<String> RUSSIAN_FAMILY = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
			"Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Козлов", "Егоров",
			"Павлов", "Орлов", "Шевченко", "Бондаренко", "Коваленко", "Ткаченко", "Кравчук", "Мельник", "Бойко",
			"Савченко", "Лукашенко", "Ковальский", "Громов", "Зайцев", "Соловьёв", "Абрамович", "Кириленко", "Хабибуллин",
			"Щербаков", "Жуков", "Чернышёв", "Юдин");

	/** Surnames (pinyin=hanzi) with their Wade-Giles or Cantonese spellings as variants. */
	static final List<Name> CHINESE_FAMILY = parse("""
			Wang/Wong=王, Li/Lee=李, Zhang/Chang/Cheung=张, Liu/Lau=刘, Chen/Chan/Chin=陈, Yang/Yeung=杨,
			Huang/Hwang/Wong=黄, Zhao/Chao/Chiu=赵, Wu/Ng/Woo=吴, Zhou/Chou/Chow=周, Xu/Hsu/Tsui=徐, Sun/Suen=孙,
			Ma/Mah=马, Zhu/Chu=朱, Hu/Woo=胡, Guo/Kuo/Kwok=郭, He/Ho=何, Lin/Lam=林, Gao/Kao/Ko=高, Luo/Lo/Law=罗,
			Zheng/Cheng/Chiang=郑, Liang/Leung=梁, Xie/Hsieh/Tse=谢, Song/Sung=宋, Tang/Tong=唐, Deng/Teng/Tang=邓,
			Feng/Fung=冯, Cao/Tsao/Cho=曹, Han/Hon=韩, Dong/Tung=董, Ye/Yip=叶, Jiang/Chiang=江, Pan/Poon=潘, Du/Tu=杜,
			Wei=魏, Lu/Lo=卢, Yu/Yue=于, Shi/Shih=石""");

	/** Syllables of given names (pinyin=hanzi), Wade-Giles variants. */
	static final List<Name> CHINESE_GIVEN = parse("""
			Wei=伟, Fang=芳, Min=敏, Jing/Ching=静, Li=丽, Qiang/Chiang=强, Lei=磊, Jun/Chun=军, Yang=洋, Yong/Yung=勇,
			Yan/Yen=艳, Jie/Chieh=杰, Juan/Chuan=娟, Tao=涛, Ming=明, Chao/Ch'ao=超, Xiu/Hsiu=秀, Xia/Hsia=霞, Ping=平,
			Gang/Kang=刚, Hua=华, Hui=慧, Hong/Hung=红, Jian/Chien=建, Guo/Kuo=国, Xiao/Hsiao=晓, Hai=海, Dong/Tung=东,
			Lin=琳, Zhi/Chih=志, Xin/Hsin=欣, Yu=宇, Zhen/Chen=珍, Feng=峰, Xue/Hsueh=雪, Yun=云, Lan=兰, Mei=梅,
			Rong/Jung=荣, Shan=山, Bo/Po=博, Cheng=成, Da/Ta=达, Fei=飞, Gui/Kuei=桂, Hao=浩, Jia/Chia=佳, Kai/K'ai=凯,
			Kun/K'un=坤, Liang=亮, Long/Lung=龙, Na=娜, Ning=宁, Peng/P'eng=鹏, Qi/Ch'i=琪, Qing/Ch'ing=青,
			Rui/Jui=瑞, Shu=淑, Song/Sung=松, Ting/T'ing=婷, Wen=文, Xiang/Hsiang=翔, Xu/Hsu=旭, Ya=雅, Yi=毅,
			Ying=英, Yuan=远, Ze/Tse=泽, Zhong/Chung=忠, Zi/Tzu=子""");

	static final List<Name> KOREAN_FAMILY = parse("""
			Kim/Gim=김, Lee/Yi/Rhee/I=이, Park/Bak/Pak=박, Choi/Choe=최, Jung/Jeong/Chung=정, Kang/Gang=강, Cho/Jo=조,
			Yoon/Yun=윤, Jang/Chang=장, Lim/Im=임, Han=한, Oh/O=오, Seo/Suh=서, Shin/Sin=신, Kwon/Gwon=권, Hwang=황,
			Ahn/An=안, Song=송, Ryu/Yoo/Yu=류, Hong=홍""");

	static final List<Name> KOREAN_GIVEN = parse("""
			Min=민, Jun/Joon=준, Seo/Suh=서, Ji/Chi=지, Hyun/Hyeon=현, Woo/U=우, Su/Soo=수, Young/Yeong=영, Ho=호,
			Jin=진, Eun=은, Sung/Seong=성, Dong=동, Hye=혜, Jung/Jeong=정, Ha=하, Yeon/Yun=연, Jae=재, Seok/Suk=석,
			Hee/Hui=희, Kyung/Gyeong=경, Chul/Cheol=철, Tae=태, Sang=상, Hoon/Hun=훈, Kyu/Gyu=규, Mi=미, Na=나,
			Bin=빈, Yong=용, Won=원, Il=일, Hwa=화, Sik=식, Seung=승, Bo=보, Ah/A=아, Ram=람, Gi/Ki=기, Joo/Ju=주,
			Hyuk/Hyeok=혁, Yeol/Yol=열, Beom/Bum=범""");

	static final List<Name> JAPANESE_FAMILY = parse("""
			Sato/Satou/Satoh=さとう, Suzuki=すずき, Takahashi=たかはし, Tanaka=たなか, Watanabe=わたなべ,
			Ito/Itou/Itoh=いとう, Yamamoto=やまもと, Nakamura=なかむら, Kobayashi=こばやし, Kato/Katou/Katoh=かとう,
			Yoshida=よしだ, Yamada=やまだ, Sasaki=ささき, Matsumoto=まつもと, Inoue=いのうえ, Kimura=きむら,
			Shimizu=しみず, Hayashi=はやし, Saito/Saitou=さいとう, Ogawa=おがわ""");

	static final List<Name> JAPANESE_MALE = parse("""
			Hiroshi=ひろし, Takashi=たかし, Kenji=けんじ, Daisuke=だいすけ, Shota/Shouta=しょうた, Yuki/Yuuki=ゆうき,
			Kazuki=かずき, Ryota/Ryouta=りょうた, Takumi=たくみ, Shinzo/Shinzou=しんぞう, Taro/Tarou=たろう,
			Kenta=けんた""");

	static final List<Name> JAPANESE_FEMALE = parse("""
			Yuko/Yuuko=ゆうこ, Keiko=けいこ, Akiko=あきこ, Sakura=さくら, Yui=ゆい, Haruka=はるか, Misaki=みさき,
			Aoi=あおい, Yoko/Youko=ようこ, Naomi=なおみ""");

	static final List<Name> HISPANIC_MALE = parse("""
			José/Jose, Juan, Luis, Carlos, Jorge, Miguel, Javier/Xavier, Francisco, Antonio, Manuel, Pedro, Alejandro,
			Diego, Fernando, Ricardo, Andrés/Andres, Raúl/Raul, Sergio, Pablo, Jesús/Jesus, Joaquín/Joaquin, Héctor/Hector,
			Rafael, Óscar/Oscar""");

	static final List<Name> HISPANIC_FEMALE = parse("""
			María/Maria, Ana, Carmen, Laura, Isabel, Lucía/Lucia, Sofía/Sofia, Patricia, Rosa, Gabriela, Elena, Claudia,
			Verónica/Veronica, Marta/Martha, Guadalupe, Mónica/Monica, Fernanda, Daniela""");

	static final List<Name> HISPANIC_FAMILY = parse("""
			García/Garcia, Rodríguez/Rodriguez, González/Gonzalez, Fernández/Fernandez, López/Lopez, Martínez/Martinez,
			Sánchez/Sanchez, Pérez/Perez, Gómez/Gomez, Martín/Martin, Jiménez/Jimenez/Ximenez, Hernández/Hernandez,
			Díaz/Diaz, Moreno, Álvarez/Alvarez, Muñoz/Munoz, Romero, Ramírez/Ramirez, Torres, Flores, Rivera, Vargas,
			Castro, Ortiz, Morales, Guzmán/Guzman, Mendoza, Ruiz, Herrera, Medina, Aguilar, Vázquez/Vasquez/Velasquez,
			Castillo, Gutiérrez/Gutierrez""");

	static final List<Name> GREEK_MALE = parse("""
			Georgios/Giorgos/Yorgos=Γεώργιος, Dimitrios/Dimitris=Δημήτριος, Konstantinos/Constantinos/Kostas=Κωνσταντίνος,
			Ioannis/Giannis/Yannis=Ιωάννης, Nikolaos/Nikos=Νικόλαος, Panagiotis/Panayiotis=Παναγιώτης, Christos/Hristos=Χρήστος,
			Vasileios/Vasilis=Βασίλειος, Athanasios/Thanasis=Αθανάσιος, Michail/Michael=Μιχαήλ, Kyriakos=Κυριάκος,
			Alexandros=Αλέξανδρος""");

	static final List<Name> GREEK_FEMALE = parse("""
			Maria=Μαρία, Eleni/Helen=Ελένη, Aikaterini/Ekaterini/Katerina=Αικατερίνη, Vasiliki=Βασιλική, Sofia/Sophia=Σοφία,
			Angeliki=Αγγελική, Georgia=Γεωργία, Dimitra=Δήμητρα""");

	static final List<Name> GREEK_FAMILY = parse("""
			Papadopoulos=Παπαδόπουλος, Papadakis=Παπαδάκης, Georgiou=Γεωργίου, Oikonomou/Economou=Οικονόμου,
			Nikolaidis/Nikolaides=Νικολαΐδης, Karagiannis/Karayannis=Καραγιάννης, Vlachos=Βλάχος,
			Papageorgiou=Παπαγεωργίου, Antoniou=Αντωνίου, Makris=Μακρής, Pappas=Παππάς, Dimitriou=Δημητρίου,
			Konstantinidis/Constantinides=Κωνσταντινίδης, Mitsotakis=Μητσοτάκης""");

	static final List<Name> TURKISH_MALE = parse("""
			Mehmet/Mehmed, Mustafa, Ahmet/Ahmed, Ali, Hüseyin/Huseyin/Hueseyin, Hasan, İbrahim/Ibrahim, İsmail/Ismail,
			Osman, Yusuf, Murat/Murad, Ömer/Omer/Oemer, Ramazan, Halil, Süleyman/Suleyman, Abdullah, Emre, Burak, Serkan,
			Çağlar/Caglar""");

	static final List<Name> TURKISH_FEMALE = parse("""
			Fatma, Ayşe/Ayse/Aysche, Emine, Hatice/Hatidje, Zeynep/Zeinep, Elif, Meryem, Şerife/Serife, Zehra, Sultan,
			Merve, Özlem/Ozlem/Oezlem, Gülşen/Gulsen""");

	static final List<Name> TURKISH_FAMILY = parse("""
			Yılmaz/Yilmaz, Kaya, Demir, Şahin/Sahin/Schahin, Çelik/Celik, Yıldız/Yildiz, Yıldırım/Yildirim,
			Öztürk/Ozturk/Oeztuerk, Aydın/Aydin, Özdemir/Ozdemir/Oezdemir, Arslan/Aslan, Doğan/Dogan, Kılıç/Kilic,
			Çetin/Cetin, Kara, Koç/Koc, Kurt, Özkan/Ozkan, Şimşek/Simsek, Erdoğan/Erdogan, Güneş/Gunes""");

	static final List<Name> HEBREW_MALE = parse("""
			David=דוד, Moshe/Moses=משה, Yosef/Joseph=יוסף, Avraham/Abraham=אברהם, Yitzhak/Itzhak/Isaac=יצחק,
			Yaakov/Jacob=יעקב, Shlomo=שלמה, Daniel=דניאל, Eitan/Eytan=איתן, Noam=נועם, Ariel=אריאל, Uri=אורי,
			Binyamin/Benjamin=בנימין""");

	static final List<Name> HEBREW_FEMALE = parse("""
			Sarah/Sara=שרה, Rivka/Rebecca=רבקה, Rachel/Rahel=רחל, Leah/Lea=לאה, Noa=נועה, Tamar=תמר, Yael=יעל,
			Michal=מיכל, Shira=שירה""");

	static final List<Name> HEBREW_FAMILY = parse("""
			Cohen/Kohen/Cohn=כהן, Levi/Levy=לוי, Mizrahi/Mizrachi=מזרחי, Peretz/Perez=פרץ, Biton=ביטון,
			Friedman/Fridman=פרידמן, Dahan=דהן, Katz=כץ, Azoulay/Azulai=אזולאי, Shapiro/Shapira=שפירו,
			Goldberg=גולדברג, Netanyahu=נתניהו, Ben-David=בן דוד, Avraham=אברהם""");

	static final List<Name> GEORGIAN_MALE = parse("""
			Giorgi=გიორგი, Davit/David=დავით, Levan=ლევან, Nikoloz=ნიკოლოზ, Irakli=ირაკლი, Zurab=ზურაბ,
			Mikheil/Mikhail=მიხეილ, Aleksandre=ალექსანდრე, Tornike=თორნიკე""");

	static final List<Name> GEORGIAN_FEMALE = parse("""
			Nino=ნინო, Mariam=მარიამ, Tamar/Tamara=თამარ, Ketevan=ქეთევან, Natia=ნათია, Ana=ანა""");

	static final List<Name> GEORGIAN_FAMILY = parse("""
			Beridze=ბერიძე, Kapanadze=კაპანაძე, Gelashvili=გელაშვილი, Maisuradze=მაისურაძე, Giorgadze=გიორგაძე,
			Lomidze=ლომიძე, Tsiklauri/Ciklauri=წიკლაური, Bolkvadze=ბოლქვაძე, Kvaratskhelia=კვარაცხელია,
			Saakashvili=სააკაშვილი, Javakhishvili/Dzhavakhishvili=ჯავახიშვილი, Chkheidze=ჩხეიძე""");

	static final List<Name> INDIAN_MALE = parse("""
			Rahul=राहुल, Amit=अमित, Rajesh=राजेश, Sunil=सुनील, Vijay/Vijai=विजय, Sanjay/Sanjai=संजय, Anil, Ravi, Suresh,
			Ramesh, Arjun, Vikram, Mohammed/Mohd/Mohammad, Abdul, Imran, Gurpreet, Harpreet, Manoj, Deepak, Ashok""");

	static final List<Name> INDIAN_FEMALE = parse("""
			Priya=प्रिया, Pooja/Puja=पूजा, Anjali, Sunita, Kavita/Kavitha, Neha, Lakshmi/Laxmi, Deepika, Anita, Meena,
			Fatima, Simran""");

	static final List<Name> INDIAN_FAMILY = parse("""
			Kumar=कुमार, Singh=सिंह, Sharma=शर्मा, Patel=पटेल, Gupta=गुप्ता, Shah, Mehta, Reddy, Rao, Nair, Iyer/Aiyar,
			Joshi=जोशी, Verma=वर्मा, Yadav=यादव, Khan, Ansari, Das, Chatterjee/Chaterjee/Chattopadhyay,
			Mukherjee/Mukherji, Banerjee/Banerji, Pillai, Agarwal/Aggarwal""");

	static final List<Name> WEST_AFRICAN_MALE = parse("""
			Abubakar/Aboubakar, Musa/Moussa, Ibrahim/Ibrahima, Mamadou/Mamadu, Ousmane/Usman, Amadou/Ahmadu, Kwame,
			Kofi, Kwabena, Yaw, Oluwaseun/Seun, Chukwuemeka, Emeka, Cheikh/Sheikh, Babajide, Tunde, Obinna, Ifeanyi,
			Sani, Aliyu/Aliou, Abdoulaye/Abdullahi, Seydou/Seidu""");

	static final List<Name> WEST_AFRICAN_FEMALE = parse("""
			Aminata/Aminatou, Fatou/Fatoumata, Mariama/Mariam, Aisha/Aissatou, Ngozi, Chiamaka, Adaeze, Folake,
			Funmilayo, Hauwa, Zainab, Ama, Akosua, Abena, Awa, Kadiatou/Khadija""");

	static final List<Name> WEST_AFRICAN_FAMILY = parse("""
			Diallo/Jallow, Traoré/Traore, Coulibaly/Kulibali, Keïta/Keita, Camara/Kamara, Touré/Toure, Ndiaye/N'Diaye,
			Sow, Diop, Cissé/Cisse, Okafor, Okeke, Eze, Nwosu, Adeyemi, Ogunleye, Olawale, Bello, Abubakar,
			Mohammed, Yusuf, Mensah, Owusu, Boateng, Asante, Osei, Sankara, Ouédraogo/Ouedraogo""");

	static final List<Name> VIETNAMESE_FAMILY = parse("""
			Nguyễn/Nguyen, Trần/Tran, Lê/Le, Phạm/Pham, Hoàng/Hoang/Huynh, Phan, Vũ/Vu/Vo, Đặng/Dang,
			Bùi/Bui, Đỗ/Do, Hồ/Ho, Ngô/Ngo, Dương/Duong, Lý/Ly""");

	static final List<Name> VIETNAMESE_GIVEN = parse("""
			An, Anh, Bình/Binh, Dũng/Dung, Hùng/Hung, Hải/Hai, Hoa, Hương/Huong, Lan, Linh, Long, Mai, Nam,
			Phương/Phuong, Quân/Quan, Sơn/Son, Thảo/Thao, Thủy/Thuy, Trang, Tuấn/Tuan, Việt/Viet, Bảo/Bao, Châu/Chau,
			Cường/Cuong, Đạt/Dat, Giang, Hạnh/Hanh, Hiếu/Hieu, Khánh/Khanh, Kiên/Kien, Lộc/Loc, Nga, Nhung,
			Phúc/Phuc, Tâm/Tam, Thắng/Thang, Thịnh/Thinh, Tiến/Tien, Trung, Tùng/Tung, Vinh, Xuân/Xuan, Yến/Yen""");

	static final List<Name> VIETNAMESE_MIDDLE = parse("Văn/Van, Đức/Duc, Minh, Quang, Hữu/Huu, Thanh, Ngọc/Ngoc");

	static final List<Name> EUROPEAN_MALE = parse("""
			Thomas/Tomas, Michael/Michel, Andreas/Andrea, Jean, Pierre, Nicolas/Nicholas, John, David, James, Marco,
			Giuseppe, Luca, Piotr/Peter, Krzysztof, Tomasz, Jan, Ion, Andrei/Andrey, Lukas/Lucas, Stefan/Stephan""");

	static final List<Name> EUROPEAN_FEMALE = parse("""
			Anna/Ana, Maria/Marie, Julia/Giulia, Sophie/Sofie, Claire/Clara, Emma, Sarah/Sara, Francesca, Katarzyna,
			Agnieszka, Elena/Helena, Ioana""");

	static final List<Name> EUROPEAN_FAMILY = parse("""
			Müller/Mueller/Muller, Schmidt/Schmitt/Schmid, Schneider, Fischer, Weber, Meyer/Meier/Maier, Martin,
			Bernard, Dubois, Durand, Lefebvre/Lefevre, Smith, Jones, Williams, Brown, Taylor, Rossi, Russo, Ferrari,
			Esposito, Nowak, Kowalski/Kovalsky, Wiśniewski/Wisniewski, Wójcik/Wojcik, de Jong, Jansen/Janssen,
			Popescu, Ionescu, Andersson/Anderson, Johansson""");

	/**
	 * Surnames made of a root and a suffix (Karataş, Ivanenko, Papadakis, Goldberg, Yamamura...): real
	 * surnames have a long tail that a short list of common ones lacks, and without it every traveller
	 * would share a name with some listed person.
	 */
	record Compound(List<Name> roots, List<Name> infixes, List<Name> suffixes) {

		Compound(List<Name> roots, List<Name> suffixes) {
			this(roots, NONE, suffixes);
		}

		Name draw(java.util.SplittableRandom r) {
			Name root = roots.get(r.nextInt(roots.size()));
			Name infix = infixes.get(r.nextInt(infixes.size()));
			Name suffix = suffixes.get(r.nextInt(suffixes.size()));
			List<String> latin = new ArrayList<>();
			for (String a : root.latin()) {
				for (String b : suffix.latin()) {
					latin.add(a + infix.first() + b);
				}
			}
			String nat = root.nativeForm() != null && infix.nativeForm() != null && suffix.nativeForm() != null
					? root.nativeForm() + infix.nativeForm() + suffix.nativeForm() : null;
			nat = nat == null || nat.isEmpty() ? null : nat;
			return new Name(latin, nat);
		}
	}

	/** No suffix: the roots are surnames already. */
	static final List<Name> NONE = List.of(new Name(List.of(""), ""));

	static final Compound GERMANIC = new Compound(parse("""
			Berg, Wald, Hof, Stein, Brun/Braun, Lind, Rosen, Feld, Bach, Kirch, Hart, Schwarz, Weiss/Weiß, Klein, Gross,
			Neu, Alt, Hoch, Eich, Buch, Wolf, Lang, Kurz, Fried, Ober, Unter, Sonnen, Holz, Mittel, Acker"""),
			parse("=, en=, el=, er=, ing=, s=, ig=, au=, an=, el=, ol="),
			parse("mann/man, er, berg, feld, hof, inger, bauer, meier/meyer, hauser, ner, ling, rath"));

	static final Compound SLAVIC = new Compound(parse("""
			Nowa, Kowal, Wiś/Wis, Lewand, Zielin, Dąbrow/Dabrow, Kamin, Jankow, Wojcie, Mazur, Krawc, Pietrz, Grabow,
			Sikor, Zając/Zajac, Dud, Wróbl/Wrobl, Błaszcz/Blaszcz, Nowic, Szyman"""),
			parse("=, ow=, ar=, ic=, ie=, an=, el=, usz=, ol="),
			parse("ski/sky, ska, czyk, ek, ak, owski, iak, ewicz/evich"));

	static final Compound ROMANCE = new Compound(parse("""
			Marin, Ferr, Bian, Colomb, Ricc, Gall, Contin, Mor, Girar, Bonnet, Fontan, Rouss, Dum, Blanch, Merc, Pop,
			Ion, Constant, Dumitr, Stan, Lucc, Sant, Verd, Bellin, Cappell"""),
			parse("=, ar=, el=, on=, ol=, an=, ett=, ic=, al=, ur="),
			parse("ini, elli, etti, one, ardi, ier, eau, escu, anu, ello, otti, ard"));

	static final Compound HISPANIC = new Compound(parse("""
			Villa, Monte, Val, Casa, Río/Rio, Torre, Santa, Campo, Puerto, Sierra, Barra, Fuen, Peña/Pena, Alta, Vega,
			Bena, Oli, Esca, Zamo, Sando"""),
			parse("=, s=, ri=, lla=, na=, ta=, be=, go="),
			parse("nueva, real, lobos, franca, negro, alegre, verde, mayor, blanca, llo, dillo, ceda, santos, rra, val, ra"));

	static final Compound RUSSIAN = new Compound(parse("""
			=Берез, =Волод, =Гусь, =Дуб, =Жур, =Заб, =Калин, =Кисел, =Колес, =Комар, =Крав, =Кузьм, =Лап, =Лис, =Мак,
			=Наум, =Никит, =Овчин, =Панкрат, =Рыб, =Сав, =Сем, =Сидор, =Тимоф, =Уш, =Фом, =Харит, =Цвет, =Чеботар,
			=Шар, =Шуб, =Щеп, =Юш, =Яков, =Бел, =Гор, =Ром, =Лук, =Баран, =Голуб"""),
			parse("=, =ан, =ен, =ал, =ич, =ул, =ик, =ар, =ес, =от"),
			parse("=ов, =ев, =ин, =енко, =ский, =ук, =чук, =ич"));

	static final Compound PERSIAN = new Compound(parse("""
			Ahmad=احمد, Akbar=اکبر, Amir=امیر, Bagher/Baqer=باقر, Hassan/Hasan=حسن, Jalal=جلال, Mahmoud=محمود, Nasr=نصر,
			Rahim=رحیم, Taghi/Taqi=تقی, Hamid=حمید, Karim=کریم, Mehr=مهر, Nour/Nur=نور, Ebrahim/Ibrahim=ابراهیم,
			Ghasem/Qasem=قاسم, Yazdan=یزدان, Shahr=شهر, Farah=فرح, Golestan=گلستان"""),
			parse("i=ی, zadeh/zada=زاده, pour/pur=پور, nejad/nezhad=نژاد, far=فر, ian=یان"));

	static final Compound ARAB = new Compound(parse("""
			Ansar=انصار, Bakr=بكر, Darwish=درويش, Faqih=فقيه, Hamad=حماد, Jaber/Jabir=جابر, Marzouq=مرزوق,
			Nuaim/Nuaym=نعيم, Qasim/Kassem=قاسم, Sabah=صباح, Tahir/Taher=طاهر, Wahab=وهاب, Zubayr/Zubair=زبير,
			Shihab=شهاب, Mosul/Mawsil=موصل, Basr=بصر, Halab=حلب, Kuwait=كويت, Hadram=حضرم, Sudan=سودان,
			Maghrib=مغرب, Tunis=تونس, Quds=قدس, Nabuls=نابلس, Khalil=خليل, Akkad=عكاد, Hourani/Hawran=حوران,
			Homs/Hims=حمص, Jazair=جزائر, Dhahab=ذهب"""), parse("i=ي"));

	static final Compound TURKISH = new Compound(parse("""
			Ak, Kara, Demir, Yıldız/Yildiz, Gök/Gok, Ay, Gün/Gun, Er, Kaya, Öz/Oz, Taş/Tas, Tür/Tur, Yurt, Kurt, Şen/Sen,
			Can, Bal, Tek, Uzun, Sarı/Sari"""), parse("=, dağ=, su=, kurt=, yol=, el="),
			parse("taş/tas, oğlu/oglu, han, soy, kaya, can, türk/turk, er, alp, el, bey, kan, doğan/dogan, lar, ay"));

	static final Compound GREEK = new Compound(parse("""
			Alexandr=Αλεξανδρ, Vasil=Βασιλ, Stavr=Σταυρ, Theodor=Θεοδωρ, Kyriak=Κυριακ, Angel=Αγγελ, Sotir=Σωτηρ,
			Spyr=Σπυρ, Manol=Μανωλ, Christodoul=Χριστοδουλ, Anastas=Αναστασ, Pavl=Παυλ, Petr=Πετρ, Lambr=Λαμπρ,
			Michal=Μιχαλ"""), parse("=, ak=ακ, an=αν, el=ελ, ar=αρ, ot=οτ"), parse("opoulos=όπουλος, akis=άκης, idis/ides=ίδης, atos=άτος"));

	static final Compound HEBREW = new Compound(parse("""
			Gold=גולד, Rosen=רוזן, Silber/Zilber=זילבר, Blum=בלום, Stern=שטרן, Wein/Vein=וויין, Eisen/Aizen=אייזן,
			Gross=גרוס, Green/Grin=גרין, Lieber/Liber=ליבר"""), parse("=, en=נ, el=ל, er=ר"),
			parse("berg=ברג, stein/shtein=שטיין, feld=פלד, baum=באום, man=מן, blatt/blat=בלט"));

	static final Compound GEORGIAN = new Compound(parse("""
			Gogi=გოგი, Lomi=ლომი, Beri=ბერი, Kapana=კაპანა, Gela=გელა, Mama=მამა, Papa=პაპა, Nika=ნიკა,
			Vakhtang=ვახტანგ, Tedo=თედო, Zura=ზურა, Khuta=ხუტა, Shota=შოთა, Data=დათა, Sulkhan=სულხან"""),
			parse("shvili=შვილი, dze=ძე, ia=ია, ani=ანი"));

	static final Compound JAPANESE = new Compound(parse("""
			Yama=やま, Kawa=かわ, Naka=なか, Mori=もり, Hara=はら, Shima=しま, Matsu=まつ, Take=たけ, Fuji=ふじ,
			Kita=きた, Nishi=にし, Oka=おか, Hira=ひら, Ishi=いし, Kuro=くろ, Shiro=しろ, Aka=あか, Ko=こ"""),
			parse("""
			mura=むら, moto=もと, da/ta=だ, kawa/gawa=かわ, shita=した, guchi=ぐち, no=の, saki=さき, zaki=ざき,
			hara=はら, mori=もり, ishi=いし, uchi=うち"""));

	static final Compound INDIAN = new Compound(parse("""
			Acharya, Bhat, Chauhan, Desai, Dubey, Ghosh, Jain, Kapoor/Kapur, Khanna, Kulkarni, Malhotra, Mishra, Naidu,
			Pandey/Pande, Rathore/Rathod, Saxena, Sinha, Srivastava, Thakur, Tiwari, Trivedi, Upadhyay, Bose, Dutta/Datta,
			Sen, Menon, Kurian, Varghese, Chopra, Goswami, Shukla, Deshpande, Patil, Pawar, Jadhav, Shinde, Gowda,
			Hegde, Shetty"""), NONE);

	static final Compound WEST_AFRICAN = new Compound(parse("""
			Adebayo, Adewale, Afolabi, Akinola, Babatunde, Chukwu, Danjuma, Ekwueme, Fashola, Igwe, Jibril, Kanu, Lawal,
			Nnamdi, Obi, Odumosu, Okonkwo, Salami, Uche, Abiola, Ajayi, Balogun, Danso, Agyeman, Appiah, Darko,
			Frimpong, Gyamfi, Kuffour/Kufuor, Ofori, Sarpong, Bamba, Konaté/Konate, Sangaré/Sangare, Sylla, Fofana,
			Doumbia, Dembélé/Dembele, Diarra, Baldé/Balde, Barry, Bah, Sall, Faye, Gueye, Mbaye, Seck, Thiam, Niang"""),
			NONE);
}
