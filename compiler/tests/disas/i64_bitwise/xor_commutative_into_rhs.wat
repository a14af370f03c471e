;; A pinned local `xor` a value in a register: computed in the register, reading the
;; local in place.

(module
  (func (export "f") (param $a i64) (param $b i64) (result i64)
    (drop (local.get $a)) (drop (local.get $a))
    (i64.xor (local.get $a) (i64.add (local.get $b) (i64.const 1)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000031
;;     1e: mov     r10,[rbp+0x18]
;;     23: mov     rax,[rbp+0x10]
;;     28: add     rax,1
;;     2c: xor     rax,r10
;;     2f: leave
;;     30: ret
;;     31: cmp     dword ptr [r11+0x14],0
;;     3a: jne     0x0000000000000050
;;     40: cmp     rax,[r11+0x38]
;;     45: jb      0x000000000000006A
;;     4b: jmp     0x000000000000001E
;;     50: mov     r11,[r14]
;;     55: mov     qword ptr [r11+0x18],0x20
;;     5e: mov     eax,0xA
;;     64: mov     rsp,[r11+8]
;;     69: ret
;;     6a: mov     r11,[r14]
;;     6f: mov     qword ptr [r11+0x18],0x20
;;     78: mov     eax,9
;;     7e: mov     rsp,[r11+8]
;;     83: ret
