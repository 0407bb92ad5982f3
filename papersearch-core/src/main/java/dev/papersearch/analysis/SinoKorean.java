package dev.papersearch.analysis;

/**
 * Tells whether a Hangul word is written only with syllables that read Chinese characters, as
 * Sino-Korean words are ({@code 개선} 改善, {@code 음악} 音樂), while loanwords from English almost
 * always hold a syllable no character reads ({@code 시스템}, {@code 카드}, {@code 데이터}). A word that
 * merely sounds like an English one is most often Sino-Korean ({@code 개선} like gaussian, {@code 전이}
 * like journey), so this keeps such words from being read as English.
 */
public final class SinoKorean {

  /**
   * Every reading Nori's dictionary gives a Chinese character (CJK Unified Ideographs), 391
   * syllables; {@code SinoKoreanTest} checks the list against the dictionary.
   */
  static final String READINGS =
      "가각간갈감갑강개객갱거건걸검겁게격견결겸경계고곡곤골공곶과곽관광괘괴교구국군굴궁궉권궐궤귀규균귤극근금급긍기긴길김나낙난"
          + "남낭내년념노농뇌누눌늠능다단달담답당대댁덕도독돈동두둔득등란랍랑략량려력련렴령로록론롱료루류륜률륵릉리린림마막만망매맥맹"
          + "멱면멸명모목몰몽묘무묵문물미민밀박반발방배백번벌범법벽변별병보복본봉부북분불붕비빈빙사삭산살삼상새색생서석선설섬성세소속"
          + "손송쇄쇠수순술슬습승시식신실심쌍씨아악안암압앙애액앵야약양어억얼엄업엇여역연열염엽영예오옥온옹완왕왜외요욕용우욱운울웅원"
          + "월위유육윤융은을음읍응의이익인일임잉자작잔잠잡장재쟁저적전절점접정제조족졸종좌죄주죽준중즉즙증지직진질짐집차찬찰참창채책"
          + "처척천철첨첩청체초촉촌총최추축충취층치친칠침칭쾌타탁탄탈탐탑탕태택토통퇴파판패팽편폄평폐포폭표품풍피필핍하학한함합항해핵"
          + "행향허헐험혁현혈협형혜호혹혼홀홍화환활황회획횡효후훈휘흉흑흠흥";

  private SinoKorean() {}

  /** Whether every character of {@code word} is a Hangul syllable some Chinese character reads. */
  public static boolean readsAsHanja(String word) {
    return Hangul.isSyllables(word) && word.chars().allMatch(c -> READINGS.indexOf(c) >= 0);
  }
}
