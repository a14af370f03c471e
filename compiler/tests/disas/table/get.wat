;; `table.get` with its bounds check.
;; Finding: `mov eax,eax` re-zero-extends a value that a 32-bit load already zero-
;; extended.

(module
  (table $t 4 funcref)
  (func (export "f") (param $i i32) (result funcref)
    (table.get $t (local.get $i))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000042
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     eax,eax
;;     26: mov     r11,[r14+0x10]
;;     2b: cmp     rax,[r11+8]
;;     30: jae     0x0000000000000095
;;     36: mov     r11,[r11]
;;     3b: mov     rax,[r11+rax*8]
;;     40: leave
;;     41: ret
;;     42: cmp     dword ptr [r11+0x14],0
;;     4b: jne     0x0000000000000061
;;     51: cmp     rax,[r11+0x38]
;;     56: jb      0x000000000000007B
;;     5c: jmp     0x000000000000001E
;;     61: mov     r11,[r14]
;;     66: mov     qword ptr [r11+0x18],0x25
;;     6f: mov     eax,0xA
;;     75: mov     rsp,[r11+8]
;;     7a: ret
;;     7b: mov     r11,[r14]
;;     80: mov     qword ptr [r11+0x18],0x25
;;     89: mov     eax,9
;;     8f: mov     rsp,[r11+8]
;;     94: ret
;;     95: mov     r11,[r14]
;;     9a: mov     qword ptr [r11+0x18],0x28
;;     a3: mov     eax,0xC
;;     a9: mov     rsp,[r11+8]
;;     ae: ret
