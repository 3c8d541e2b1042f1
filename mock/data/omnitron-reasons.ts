/** The cancellation reasons an Omnitron installation typically defines; what a pull copies when no upstream is set. */
import type { OmnitronReason } from '../models/cancellation-reason';

/** Omnitron's reasons, cancel and refund types, with the Turkish subjects a storefront shows. */
export const EMBEDDED_OMNITRON_REASONS: readonly OmnitronReason[] = [
  { id: 1, cancellation_type: 'cancel', subject: 'Yanlış ürün aldım.', extra_information_needed: false, ordering: 100, is_active: true },
  { id: 2, cancellation_type: 'cancel', subject: 'Ürünü satın almaktan vazgeçtim.', extra_information_needed: false, ordering: 100, is_active: true },
  { id: 3, cancellation_type: 'cancel', subject: 'Teslimat süresi çok uzun.', extra_information_needed: false, ordering: 90, is_active: true },
  { id: 4, cancellation_type: 'cancel', subject: 'Daha uygun fiyatlı bir ürün buldum.', extra_information_needed: false, ordering: 80, is_active: true },
  { id: 5, cancellation_type: 'cancel', subject: 'Siparişi yanlışlıkla verdim.', extra_information_needed: false, ordering: 70, is_active: true },
  { id: 6, cancellation_type: 'cancel', subject: 'Ödeme yöntemini değiştirmek istiyorum.', extra_information_needed: false, ordering: 60, is_active: true },
  { id: 7, cancellation_type: 'cancel', subject: 'Teslimat adresini yanlış girdim.', extra_information_needed: false, ordering: 50, is_active: false },
  { id: 8, cancellation_type: 'cancel', subject: 'Diğer', extra_information_needed: true, ordering: 10, is_active: true },
  { id: 9, cancellation_type: 'refund', subject: 'Ürün hasarlı geldi.', extra_information_needed: true, ordering: 100, is_active: true },
  { id: 10, cancellation_type: 'refund', subject: 'Ürün açıklamadaki gibi değil.', extra_information_needed: false, ordering: 100, is_active: true },
  { id: 11, cancellation_type: 'refund', subject: 'Beden veya ölçü uymadı.', extra_information_needed: false, ordering: 90, is_active: true },
  { id: 12, cancellation_type: 'refund', subject: 'Eksik ürün gönderildi.', extra_information_needed: true, ordering: 80, is_active: true },
  { id: 13, cancellation_type: 'refund', subject: 'Ürün kusurlu veya arızalı.', extra_information_needed: true, ordering: 70, is_active: true },
  { id: 14, cancellation_type: 'refund', subject: 'Ürünü beğenmedim.', extra_information_needed: false, ordering: 60, is_active: true },
  { id: 15, cancellation_type: 'refund', subject: 'Diğer', extra_information_needed: true, ordering: 10, is_active: true },
];
