;; `rem_s` by 8: shifts and masks, no divide.

(module
  (func (export "f") (param $a i32) (result i32)
    (i32.rem_s (local.get $a) (i32.const 8))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000040
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     r11,rax
;;     26: sar     r11d,0x1F
;;     2a: shr     r11d,0x1D
;;     2e: add     r11d,eax
;;     31: shr     r11d,3
;;     35: shl     r11d,3
;;     39: sub     eax,r11d
;;     3c: leave
;;     3d: ret     8
;;     40: cmp     dword ptr [r11+0x14],0
;;     49: jne     0x000000000000005F
;;     4f: cmp     rax,[r11+0x38]
;;     54: jb      0x0000000000000079
;;     5a: jmp     0x000000000000001E
;;     5f: mov     r11,[r14]
;;     64: mov     qword ptr [r11+0x18],0x1F
;;     6d: mov     eax,0xA
;;     73: mov     rsp,[r11+8]
;;     78: ret
;;     79: mov     r11,[r14]
;;     7e: mov     qword ptr [r11+0x18],0x1F
;;     87: mov     eax,9
;;     8d: mov     rsp,[r11+8]
;;     92: ret
