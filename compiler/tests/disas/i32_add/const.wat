;; A local in its frame slot plus a constant: the constant folds into an immediate.

(module
  (func (export "f") (param $a i32) (result i32)
    (i32.add (local.get $a) (i32.const 10))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000029
;;     1e: mov     eax,[rbp+0x10]
;;     23: add     eax,0xA
;;     27: leave
;;     28: ret
;;     29: cmp     dword ptr [r11+0x14],0
;;     32: jne     0x0000000000000048
;;     38: cmp     rax,[r11+0x38]
;;     3d: jb      0x0000000000000062
;;     43: jmp     0x000000000000001E
;;     48: mov     r11,[r14]
;;     4d: mov     qword ptr [r11+0x18],0x1F
;;     56: mov     eax,0xA
;;     5c: mov     rsp,[r11+8]
;;     61: ret
;;     62: mov     r11,[r14]
;;     67: mov     qword ptr [r11+0x18],0x1F
;;     70: mov     eax,9
;;     76: mov     rsp,[r11+8]
;;     7b: ret
